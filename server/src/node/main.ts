// Node entry point of the language server: `isnad-language-server [--stdio | --node-ipc | --socket=N | --pipe=NAME]`.
// With no transport flag it talks over stdio.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeRuntime } from './runtime';

const TRANSPORT = /^--(stdio|node-ipc|socket|pipe)(=|$)/;
if (!process.argv.slice(2).some((arg) => TRANSPORT.test(arg))) process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all), nodeRuntime);
