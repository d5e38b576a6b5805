// Runs steps against a Schema Registry with Confluent's official Node.js client, for RegistryConformanceIT.
// Usage: node conformance.mjs <registry-url> <steps.json>; prints one JSON result per step, as a JSON array.
// Payloads travel as hex. A failing step prints its error to stderr and exits 1.
import { readFileSync } from 'node:fs';
import { AvroDeserializer, AvroSerializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [url, stepsFile] = process.argv.slice(2);
const client = new SchemaRegistryClient({ baseURLs: [url] });
const steps = JSON.parse(readFileSync(stepsFile, 'utf8'));

async function run(step) {
  switch (step.op) {
    case 'register': // { subject, schema } -> { id }, or { status, errorCode } when the registry refuses
      try {
        return { id: await client.register(step.subject, { schemaType: 'AVRO', schema: step.schema }) };
      } catch (e) {
        if (e.status === undefined) throw e;
        return { status: e.status, errorCode: e.errorCode, message: e.message };
      }
    case 'serialize': { // { topic, record, mode: 'latest' | 'auto' | 'id', id } -> { hex }
      const conf = step.mode === 'auto' ? { autoRegisterSchemas: true }
        : step.mode === 'id' ? { autoRegisterSchemas: false, useSchemaId: step.id }
          : { autoRegisterSchemas: false, useLatestVersion: true };
      const serializer = new AvroSerializer(client, SerdeType.VALUE, conf);
      return { hex: (await serializer.serialize(step.topic, step.record)).toString('hex') };
    }
    case 'deserialize': { // { topic, hex, reader: 'writer' | 'latest' } -> { record }
      const deserializer = new AvroDeserializer(client, SerdeType.VALUE,
        step.reader === 'latest' ? { useLatestVersion: true } : {});
      return { record: await deserializer.deserialize(step.topic, Buffer.from(step.hex, 'hex')) };
    }
    default:
      throw new Error(`unknown step ${JSON.stringify(step)}`);
  }
}

try {
  const results = [];
  for (const step of steps) {
    results.push(await run(step));
  }
  console.log(JSON.stringify(results));
} catch (e) {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
}
