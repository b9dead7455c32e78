// Entry point of dist/server.js: any LSP client starts it with --stdio or --node-ipc.
import { startServer } from './startServer';

startServer();
