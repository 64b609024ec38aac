// Loads an extension bundle in plain Node, with a stand-in for the `vscode` module (every
// property, call and construction gives the stand-in back): enough for a bundle's top-level
// code, which is all the lazy-core test and the benchmark's extension-load row run.
const Module = require('node:module');

function stubVscode() {
  function stub() {
    return stub;
  }
  Object.setPrototypeOf(stub, new Proxy({}, { get: () => stub }));
  return stub;
}

function requireWithStubVscode(file) {
  const load = Module._load;
  const vscode = stubVscode();
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : load.call(this, request, ...rest);
  };
  try {
    return require(file);
  } finally {
    Module._load = load;
  }
}

module.exports = { requireWithStubVscode };
