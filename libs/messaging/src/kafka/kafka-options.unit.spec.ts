import { kafkaOptionsFromEnv } from './kafka-options';

describe('Kafka connection options from the environment', () => {
  it('reads the brokers, the client id and defaults the rest soundly', () => {
    expect(kafkaOptionsFromEnv({ KAFKA_BROKERS: ' kafka-1:9092, kafka-2:9092 ,', KAFKA_CLIENT_ID: 'intake' })).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9092'],
      clientId: 'intake',
      ssl: false,
      idempotent: true,
    });
    expect(kafkaOptionsFromEnv({ KAFKA_BROKERS: 'kafka:9092' }).clientId).toBe('hpc-access');
  });

  it('builds in no broker address', () => {
    expect(() => kafkaOptionsFromEnv({})).toThrow(/KAFKA_BROKERS is not set/);
    expect(() => kafkaOptionsFromEnv({ KAFKA_BROKERS: 'kafka' })).toThrow(/kafka is not host:port/);
  });

  it('takes TLS, SASL and idempotence switches, and refuses what it cannot read', () => {
    const env = { KAFKA_BROKERS: 'kafka:9093', KAFKA_SSL: 'true', KAFKA_IDEMPOTENT: 'false', KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512', KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 's3cret' };
    expect(kafkaOptionsFromEnv(env)).toMatchObject({ ssl: true, idempotent: false, sasl: { mechanism: 'scram-sha-512', username: 'intake', password: 's3cret' } });
    expect(() => kafkaOptionsFromEnv({ ...env, KAFKA_SSL: 'yes' })).toThrow(/KAFKA_SSL must be true or false/);
    expect(() => kafkaOptionsFromEnv({ ...env, KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM must be one of/);
    expect(() => kafkaOptionsFromEnv({ ...env, KAFKA_SASL_PASSWORD: '' })).toThrow(/needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD/);
  });
});
