'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
//# sourceMappingURL=event.type.js.map
