import { ApiProperty } from '@nestjs/swagger';

export class PersonErasureView {
  @ApiProperty({ description: 'person-<uuid>' }) personId!: string;
  @ApiProperty({ enum: [true], description: 'Always true: the key is gone' }) erased!: boolean;
  @ApiProperty({ format: 'date-time' }) erasedAt!: string;
}
