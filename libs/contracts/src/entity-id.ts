import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * An id of an entity of another context. Kept opaque (the owner decides its form) but bounded,
 * and defined once so tightening it later is one change.
 */
export function IsEntityId(): PropertyDecorator {
  return (target, property) => {
    IsString()(target, property);
    IsNotEmpty()(target, property);
    MaxLength(128)(target, property);
  };
}
