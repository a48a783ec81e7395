// n8n-core starts a service timer (SSH client clean-up) the first time a node context is built, as
// in a long-running n8n. Stop it after each test file, as n8n does when it shuts down.
const { Container } = require(require.resolve('@n8n/di', { paths: [require.resolve('n8n-core')] }));
const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager');

afterAll(() => {
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
});
