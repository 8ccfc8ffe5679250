import { connectAsync } from 'mqtt';
import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';

/**
 * `mqtt_publisher: {broker_ip, port, topic, payload, is_json, qos, retain, client_id, username, password,
 * protocol_version}` connects to the broker, publishes one message and disconnects. Without `broker_ip`
 * the settings' `parley.mqtt_broker` URL is used.
 */
export const mqttPublisherNeuron: Neuron = {
  name: 'mqtt_publisher',
  async run(parameters, context) {
    const read = new NeuronParameters('mqtt_publisher', parameters);
    const host = read.string('broker_ip');
    const brokerUrl = host === undefined ? context.settings.mqttBroker : `mqtt://${host}:${read.number('port') ?? 1883}`;
    if (brokerUrl === null) throw new NeuronParameterError('mqtt_publisher', '"broker_ip" is required');
    const topic = read.requiredString('topic');
    const rawPayload = read.raw('payload') ?? '';
    const payload = typeof rawPayload === 'string' ? rawPayload : JSON.stringify(rawPayload);
    if (read.boolean('is_json') === true) {
      try {
        JSON.parse(payload);
      } catch {
        throw new NeuronParameterError('mqtt_publisher', '"payload" is not valid JSON although "is_json" is set');
      }
    }
    const qos = read.number('qos') ?? 0;
    if (qos !== 0 && qos !== 1 && qos !== 2) throw new NeuronParameterError('mqtt_publisher', '"qos" must be 0, 1 or 2');
    const protocolVersion = read.number('protocol_version') ?? 4;
    if (protocolVersion !== 3 && protocolVersion !== 4 && protocolVersion !== 5) {
      throw new NeuronParameterError('mqtt_publisher', '"protocol_version" must be 3, 4 or 5');
    }
    const username = read.string('username');
    const password = read.string('password');
    const clientId = read.string('client_id');
    const client = await connectAsync(brokerUrl, {
      protocolVersion,
      connectTimeout: 5000,
      reconnectPeriod: 0,
      ...(clientId === undefined ? {} : { clientId }),
      ...(username === undefined ? {} : { username }),
      ...(password === undefined ? {} : { password }),
    });
    try {
      await client.publishAsync(topic, payload, { qos, retain: read.boolean('retain') ?? false });
    } finally {
      await client.endAsync();
    }
    return { topic, payload };
  },
};
