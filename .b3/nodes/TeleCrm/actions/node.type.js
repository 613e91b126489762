'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
//# sourceMappingURL=node.type.js.map
