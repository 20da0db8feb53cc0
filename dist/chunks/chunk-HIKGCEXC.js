import { createRequire as __evalwardenRequire } from 'node:module'; const require = __evalwardenRequire(import.meta.url);
import {
  require_dist,
  sha256Hex,
  shortHash
} from "./chunk-IZL4XWKT.js";
import {
  ConfigError,
  DataError
} from "./chunk-2UXU3PFN.js";
import {
  packageRoot
} from "./chunk-SYQIWND2.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-QTR7GT5E.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate2(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate2(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule2) => shouldUseRule(schema, rule2));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule2) {
      var _a;
      return schema[rule2.keyword] !== void 0 || ((_a = rule2.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern3) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern3, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern3}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule2 of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule2)) {
            keywordCode(it, rule2.keyword, rule2.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule2 = rules[keyword];
        if (typeof rule2 == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule2)) {
          const { type } = rule2.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema2(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema2;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema2.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema2.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path8) {
      let input = path8;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path8) {
      if (path8 === "" || path8[0] === "/") {
        return removeDotSegments(path8);
      }
      const segments = path8.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path8 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path8 && path8 !== "/" ? path8 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule2 = this.RULES.all[keyword];
        return typeof rule2 == "object" ? rule2.definition : !!rule2;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule2) => rule2.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule2 = rules[key];
            if (typeof rule2 != "object")
              continue;
            const { $data } = rule2.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex3) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex3 || regex3.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule2 = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule2, definition.before);
      else
        ruleGroup.rules.push(rule2);
      RULES.all[keyword] = rule2;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule2, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule2);
      } else {
        ruleGroup.rules.push(rule2);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block2) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block2();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns2 = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns2.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns2.length === 0 || alwaysValidPatterns.length === patterns2.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns2) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/config/load.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/data/sample.ts
function rank(seed, id) {
  return sha256Hex(`${seed}\0${id}`);
}
function stratifiedSample(items, size, seed) {
  if (size >= items.length) return items;
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const quotas = allocate(
    [...groups.entries()].map(([key, group]) => ({ key, count: group.length })),
    size,
    items.length
  );
  const chosen = /* @__PURE__ */ new Set();
  for (const [key, group] of groups) {
    const ranked = group.map((item) => ({ item, rank: rank(seed, item.id) })).sort((a, b) => a.rank < b.rank ? -1 : 1);
    ranked.slice(0, quotas.get(key) ?? 0).forEach(({ item }) => chosen.add(item));
  }
  return items.filter((item) => chosen.has(item));
}
function allocate(groups, size, total) {
  const exact3 = groups.map((g) => ({ ...g, share: size * g.count / total }));
  const quotas = new Map(exact3.map((g) => [g.key, Math.floor(g.share)]));
  if (size >= groups.length) {
    for (const g of exact3) if (quotas.get(g.key) === 0) quotas.set(g.key, 1);
  }
  let left = size - [...quotas.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact3].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || (a.key < b.key ? -1 : 1)
  );
  for (const g of byRemainder) {
    if (left <= 0) break;
    if ((quotas.get(g.key) ?? 0) < g.count) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) + 1);
      left--;
    }
  }
  const bySize = [...exact3].sort((a, b) => (quotas.get(b.key) ?? 0) - (quotas.get(a.key) ?? 0));
  for (let i = 0; left < 0 && i < bySize.length * size; i++) {
    const g = bySize[i % bySize.length];
    if ((quotas.get(g.key) ?? 0) > 1) {
      quotas.set(g.key, (quotas.get(g.key) ?? 0) - 1);
      left++;
    }
  }
  return quotas;
}
function sequentialOrder(items, first, seed) {
  const quick = new Set(stratifiedSample(items, Math.min(first, items.length), seed));
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = item.category ?? "";
    let group = groups.get(key);
    if (!group) groups.set(key, group = { rest: [], taken: 0, count: 0 });
    group.count++;
    if (quick.has(item)) group.taken++;
    else group.rest.push(item);
  }
  for (const group of groups.values()) {
    const ranks = new Map(group.rest.map((item) => [item, rank(seed, item.id)]));
    group.rest.sort((a, b) => ranks.get(a) < ranks.get(b) ? -1 : 1);
  }
  const order = [...quick].sort((a, b) => rank(seed, a.id) < rank(seed, b.id) ? -1 : 1);
  while (order.length < items.length) {
    const size = order.length + 1;
    let best = null;
    let bestDeficit = -Infinity;
    for (const group of groups.values()) {
      if (group.rest.length === 0) continue;
      const deficit = size * group.count / items.length - group.taken;
      if (deficit > bestDeficit) {
        bestDeficit = deficit;
        best = group;
      }
    }
    if (!best) break;
    order.push(best.rest.shift());
    best.taken++;
  }
  return order;
}

// src/data/utf8.ts
var strict = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes) {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return firstBadByte(bytes);
  }
}
function firstBadByte(bytes) {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      return { line, col: badColumn(bytes.subarray(start, i)) };
    }
    line++;
    start = i + 1;
  }
  return { line, col: 1 };
}
function badColumn(line) {
  let good = 0;
  for (let end = 1; end <= line.length; end++) {
    try {
      strict.decode(line.subarray(0, end));
      good = end;
    } catch {
      if (end - good > 4) break;
    }
  }
  return good + 1;
}

// src/data/dataset-url.ts
function resolveDatasetUrl(url) {
  const hf = /^hf:\/\/datasets\/([^/]+)\/([^/]+)\/(.+?)(?:@([^@/]+))?$/.exec(url);
  if (!hf) return url;
  const [, owner, name, file, revision = "main"] = hf;
  return `https://huggingface.co/datasets/${owner}/${name}/resolve/${encodeURIComponent(revision)}/${file.split("/").map(encodeURIComponent).join("/")}`;
}

// src/data/remote.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
async function fetchPinnedDataset(options) {
  const ext = path.extname(new URL(options.url).pathname) || ".data";
  const target = path.join(options.cacheDir, "datasets", `${options.sha256}${ext}`);
  try {
    const cached = await readFile(target);
    if (sha256Hex(cached) === options.sha256) return target;
  } catch {
  }
  const hint = offlineHint(options.url, target);
  const response = await (options.fetch ?? fetch)(options.url).catch((cause) => {
    throw new DataError(
      { file: options.where },
      `cannot download ${options.url}: ${cause.message}`,
      { cause, hint }
    );
  });
  if (!response.ok)
    throw new DataError({ file: options.where }, `cannot download ${options.url}: HTTP ${response.status}`, {
      hint
    });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const actual = sha256Hex(bytes);
  if (actual !== options.sha256) {
    throw new DataError(
      { file: options.where },
      `${options.url} has SHA-256 ${actual}, not the pinned ${options.sha256}`,
      {
        hint: "the file changed upstream: check it, then update dataset.sha256"
      }
    );
  }
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, target);
  return target;
}
function offlineHint(url, target) {
  const name = path.basename(new URL(url).pathname) || "dataset.jsonl";
  return `offline? put the file where the cache expects it, ${target} (checked against the pinned SHA-256), or save it in the repository and point the task at it: dataset: { path: data/${name} }`;
}

// src/data/read.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape: escape2, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape2 === null ? 0 : escape2.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape: escape2, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape: escape2, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape2 !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape2.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape2.length)) {
                this.state.escaping = true;
                pos += escape2.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape2.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape2 !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape2.length)) {
                pos += escape2.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape: escape2 } = this.options;
      if (escape2 === null) return false;
      const l = escape2.length;
      if (escape2[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape2[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/sync.js
var parse = function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = (record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {
  };
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
};

// src/data/read.ts
var import_yaml = __toESM(require_dist(), 1);
function formatOf(file, declared) {
  if (declared) return declared;
  const ext = path2.extname(file).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  if (ext === ".json") return "json";
  throw new DataError({ file }, `cannot tell the dataset format from "${ext}"`, {
    hint: "set dataset.format: jsonl | csv | yaml | json"
  });
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function readJsonl(file, text) {
  const rows = [];
  text.split("\n").forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === "") return;
    let data;
    try {
      data = JSON.parse(lineText);
    } catch (cause) {
      throw new DataError({ file, line: i + 1 }, `invalid JSON: ${cause.message}`, { cause });
    }
    if (!isRecord(data)) throw new DataError({ file, line: i + 1 }, "each line must be a JSON object");
    rows.push({ line: i + 1, data });
  });
  return rows;
}
function readCsv(file, text) {
  try {
    const records = parse(text, {
      columns: (header) => uniqueHeader(file, header),
      skip_empty_lines: true,
      bom: true,
      info: true
    });
    return records.map(({ record, info }) => ({ line: info.lines, data: record }));
  } catch (cause) {
    if (cause instanceof DataError) throw cause;
    const line = cause.lines;
    throw new DataError({ file, line }, `invalid CSV: ${cause.message}`, { cause });
  }
}
function uniqueHeader(file, header) {
  const seen = /* @__PURE__ */ new Set();
  for (const name of header) {
    if (seen.has(name))
      throw new DataError({ file, line: 1 }, `the CSV header names the column "${name}" twice`, {
        hint: "rename one of the columns: only one of them could be read"
      });
    seen.add(name);
  }
  return header;
}
function readYaml(file, text) {
  const lines2 = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines2 });
  const error = doc.errors[0];
  if (error)
    throw new DataError(
      { file, line: error.linePos?.[0].line, col: error.linePos?.[0].col },
      `invalid YAML: ${error.message.split("\n")[0]}`
    );
  const root = doc.contents;
  if (!(0, import_yaml.isSeq)(root)) throw new DataError({ file, line: 1 }, "a YAML dataset must be a list of rows");
  return root.items.map((item, i) => {
    const line = (0, import_yaml.isMap)(item) && item.range ? lines2.linePos(item.range[0]).line : void 0;
    const data = item.toJSON?.() ?? item;
    if (!isRecord(data)) throw new DataError({ file, line }, `row ${i + 1} must be a mapping of fields`);
    return { line: line ?? i + 1, data };
  });
}
function readJson(file, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DataError({ file }, `invalid JSON: ${cause.message}`, { cause });
  }
  if (!Array.isArray(data)) throw new DataError({ file, line: 1 }, "a JSON dataset must be an array of rows");
  return data.map((row, i) => {
    if (!isRecord(row)) throw new DataError({ file }, `row ${i + 1} must be an object`);
    return { line: i + 1, data: row };
  });
}
async function readDataset(file, format, displayName = file) {
  let bytes;
  try {
    bytes = await readFile2(file);
  } catch (cause) {
    throw new DataError({ file: displayName }, "cannot read the dataset file", {
      cause,
      hint: "dataset paths are relative to the config file"
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!("text" in decoded))
    throw new DataError(
      { file: displayName, line: decoded.line, col: decoded.col },
      "the dataset is not UTF-8 text (a byte here is not valid UTF-8)",
      { hint: "convert it, e.g. iconv -f LATIN1 -t UTF-8 file > file.utf8" }
    );
  const text = decoded.text;
  const readers = { jsonl: readJsonl, csv: readCsv, yaml: readYaml, json: readJson };
  const rows = readers[formatOf(file, format)](displayName, text);
  if (rows.length === 0) throw new DataError({ file: displayName }, "the dataset has no rows");
  return { rows, bytes };
}

// src/tasks/scorers/index.ts
import { existsSync } from "node:fs";
import path5 from "node:path";

// src/tasks/ifeval/py-text.ts
var SPACE_CHARS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PY_S = `[${SPACE_CHARS}]`;
var PY_NOT_S = `[^${SPACE_CHARS}]`;
var PY_W_CLASS = "\\p{L}\\p{N}_";
var PY_W = `[${PY_W_CLASS}]`;
var PY_NOT_W = `[^${PY_W_CLASS}]`;
var PY_D = "\\p{Nd}";
var PY_W_NOT_D = "[\\p{L}\\p{Nl}\\p{No}_]";
var PY_B = `(?:(?<=${PY_W})(?!${PY_W})|(?<!${PY_W})(?=${PY_W}))`;
var PY_DOT = "[^\\n]";
var PY_END = "(?=\\n?(?![\\s\\S]))";
var SPACE_RE = new RegExp(PY_S, "u");
var LEADING_SPACE = new RegExp(`^${PY_S}+`, "u");
var SPACE_RUNS = new RegExp(`${PY_S}+`, "u");
function isPySpace(char) {
  return SPACE_RE.test(char);
}
function pyStrip(text) {
  return pyRstrip(pyLstrip(text));
}
function pyLstrip(text) {
  return text.replace(LEADING_SPACE, "");
}
function pyRstrip(text) {
  let end = text.length;
  while (end > 0 && SPACE_RE.test(text[end - 1])) end--;
  return text.slice(0, end);
}
function pyStripChars(text, chars, side = "both") {
  const set = new Set(chars);
  const units = [...text];
  let start = 0;
  let end = units.length;
  if (side !== "right") while (start < end && set.has(units[start])) start++;
  if (side !== "left") while (end > start && set.has(units[end - 1])) end--;
  return units.slice(start, end).join("");
}
function pySplit(text) {
  const stripped = pyStrip(text);
  return stripped === "" ? [] : stripped.split(SPACE_RUNS);
}
var UPPER = new RegExp("\\p{Uppercase}", "u");
var LOWER = new RegExp("\\p{Lowercase}", "u");
var TITLE = new RegExp("\\p{Lt}", "u");
function pyIsUpper(text) {
  let cased = false;
  for (const char of text) {
    if (LOWER.test(char) || TITLE.test(char)) return false;
    if (UPPER.test(char)) cased = true;
  }
  return cased;
}
function pyIsLower(text) {
  let cased = false;
  for (const char of text) {
    if (UPPER.test(char) || TITLE.test(char)) return false;
    if (LOWER.test(char)) cased = true;
  }
  return cased;
}
function firstChar(text) {
  const code = text.codePointAt(0);
  return code === void 0 ? "" : String.fromCodePoint(code);
}
function removePrefix(text, prefix) {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
function removeSuffix(text, suffix) {
  return suffix !== "" && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

// src/tasks/ifeval/evaluate.ts
var IFEVAL_METRICS = [
  "prompt_level_strict",
  "inst_level_strict",
  "prompt_level_loose",
  "inst_level_loose"
];
function looseVariants(response) {
  const lines2 = response.split("\n");
  const removeFirst = pyStrip(lines2.slice(1).join("\n"));
  const removeLast = pyStrip(lines2.slice(0, -1).join("\n"));
  const removeBoth = pyStrip(lines2.slice(1, -1).join("\n"));
  const noStars = (text) => text.replaceAll("*", "");
  return [
    response,
    noStars(response),
    removeFirst,
    removeLast,
    removeBoth,
    noStars(removeFirst),
    noStars(removeLast),
    noStars(removeBoth)
  ];
}
function follows(instruction, response, context) {
  return pyStrip(response) !== "" && instruction.check(response, context);
}
function evaluateResponse(instructions, response, context) {
  const variants = looseVariants(response);
  return instructions.map((instruction) => {
    const strict2 = follows(instruction, response, context);
    const loose = strict2 || variants.slice(1).some((variant) => follows(instruction, variant, context));
    return { id: instruction.id, strict: strict2, loose };
  });
}
function ifevalMetrics(outcomes) {
  const n = outcomes.length;
  const strict2 = outcomes.filter((o) => o.strict).length;
  const loose = outcomes.filter((o) => o.loose).length;
  return {
    prompt_level_strict: strict2 === n ? 1 : 0,
    inst_level_strict: n === 0 ? 0 : strict2 / n,
    prompt_level_loose: loose === n ? 1 : 0,
    inst_level_loose: n === 0 ? 0 : loose / n
  };
}

// src/tasks/ifeval/langdetect.ts
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";

// src/tasks/ifeval/python-random.ts
var N = 624;
var M = 397;
function pythonRandom(seed) {
  const mt = new Uint32Array(N);
  let index = N + 1;
  function initGenrand(s) {
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = Math.imul(1812433253, prev) + i >>> 0;
    }
    index = N;
  }
  function initByArray(key) {
    initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = (mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ mt[i - 1] >>> 30;
      mt[i] = (mt[i] ^ Math.imul(prev, 1566083941)) - i >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 2147483648;
  }
  function genrand() {
    if (index >= N) {
      for (let k = 0; k < N; k++) {
        const y2 = mt[k] & 2147483648 | mt[(k + 1) % N] & 2147483647;
        mt[k] = mt[(k + M) % N] ^ y2 >>> 1 ^ (y2 & 1 ? 2567483615 : 0);
      }
      index = 0;
    }
    let y = mt[index++];
    y ^= y >>> 11;
    y ^= y << 7 & 2636928640;
    y ^= y << 15 & 4022730752;
    y ^= y >>> 18;
    return y >>> 0;
  }
  const words = [];
  let rest = Math.abs(Math.trunc(seed));
  do {
    words.push(rest % 4294967296);
    rest = Math.floor(rest / 4294967296);
  } while (rest > 0);
  initByArray(words);
  const random = () => ((genrand() >>> 5) * 67108864 + (genrand() >>> 6)) / 9007199254740992;
  function randbelow(n) {
    const k = 32 - Math.clz32(n);
    let r = genrand() >>> 32 - k;
    while (r >= n) r = genrand() >>> 32 - k;
    return r;
  }
  let gaussNext = null;
  return {
    random,
    gauss(mu, sigma) {
      let z = gaussNext;
      gaussNext = null;
      if (z === null) {
        const x2pi = random() * 2 * Math.PI;
        const g2rad = Math.sqrt(-2 * Math.log(1 - random()));
        z = Math.cos(x2pi) * g2rad;
        gaussNext = Math.sin(x2pi) * g2rad;
      }
      return mu + z * sigma;
    },
    choice(items) {
      return items[randbelow(items.length)];
    }
  };
}

// src/tasks/ifeval/langdetect.ts
var N_TRIAL = 7;
var ALPHA_DEFAULT = 0.5;
var ALPHA_WIDTH = 0.05;
var ITERATION_LIMIT = 1e3;
var PROB_THRESHOLD = 0.1;
var CONV_THRESHOLD = 0.99999;
var BASE_FREQ = 1e4;
var MAX_TEXT_LENGTH = 1e4;
var URL_RE = /https?:\/\/[-_.?&~;+=/#0-9A-Za-z]{1,2076}/g;
var MAIL_RE = /[-_.0-9A-Za-z]{1,64}@[-_0-9A-Za-z]{1,255}[-_.0-9A-Za-z]{1,255}/g;
var LATIN1_EXCLUDED = "\xA0\xAB\xB0\xBB";
var VI_DECOMPOSED = /([AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4\u0102\u0103\u01a0\u01a1\u01af\u01b0])([\u0300\u0301\u0303\u0309\u0323])/g;
function langdetectPackageDir() {
  return path3.dirname(createRequire(import.meta.url).resolve("langdetect/package.json"));
}
function loadLangdetectProfiles(dir = langdetectPackageDir()) {
  const files = readdirSync(path3.join(dir, "profiles")).filter((f) => f.endsWith(".json")).sort();
  const languages = files.map((f) => f.slice(0, -".json".length));
  const ngrams = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    const profile = JSON.parse(readFileSync(path3.join(dir, "profiles", file), "utf8"));
    for (const [gram, count] of Object.entries(profile.freq)) {
      let probs = ngrams.get(gram);
      if (!probs) ngrams.set(gram, probs = new Float64Array(files.length));
      const length = [...gram].length;
      if (length >= 1 && length <= 3) probs[index] = count / profile.n_words[length - 1];
    }
  });
  const classes = JSON.parse(readFileSync(path3.join(dir, "res", "cjk.json"), "utf8"));
  const cjk = /* @__PURE__ */ new Map();
  for (const members of Object.values(classes)) {
    const chars = [...members];
    for (const char of chars) cjk.set(char, chars[0]);
  }
  return { languages, ngrams, cjk };
}
function block(code) {
  if (code <= 127) return "Basic Latin";
  if (code <= 255) return "Latin-1 Supplement";
  if (code >= 384 && code <= 591) return "Latin Extended-B";
  if (code >= 1536 && code <= 1791) return "Arabic";
  if (code >= 7680 && code <= 7935) return "Latin Extended Additional";
  if (code >= 8192 && code <= 8303) return "General Punctuation";
  if (code >= 12352 && code <= 12447) return "Hiragana";
  if (code >= 12448 && code <= 12543) return "Katakana";
  if (code >= 12544 && code <= 12591 || code >= 12704 && code <= 12735) return "Bopomofo";
  if (code >= 19968 && code <= 40959) return "CJK Unified Ideographs";
  if (code >= 44032 && code <= 55215) return "Hangul Syllables";
  return null;
}
function normalize(char, cjk) {
  const code = char.codePointAt(0);
  switch (block(code)) {
    case "Basic Latin":
      return char < "A" || char > "Z" && char < "a" || char > "z" ? " " : char;
    case "Latin-1 Supplement":
      return LATIN1_EXCLUDED.includes(char) ? " " : char;
    case "Latin Extended-B":
      return char === "\u0219" ? "\u015F" : char === "\u021B" ? "\u0163" : char;
    case "General Punctuation":
      return " ";
    case "Arabic":
      return char === "\u06CC" ? "\u064A" : char;
    case "Latin Extended Additional":
      return code >= 7840 ? "\u1EC3" : char;
    case "Hiragana":
      return "\u3042";
    case "Katakana":
      return "\u30A2";
    case "Bopomofo":
      return "\u3105";
    case "CJK Unified Ideographs":
      return cjk.get(char) ?? char;
    case "Hangul Syllables":
      return "\uAC00";
    default:
      return char;
  }
}
function prepare(raw) {
  const text = [
    ...raw.replace(URL_RE, " ").replace(MAIL_RE, " ").replace(VI_DECOMPOSED, (pair) => pair.normalize("NFC"))
  ];
  const kept = [];
  let previous = "";
  for (const char of text.slice(0, MAX_TEXT_LENGTH)) {
    if (char !== " " || previous !== " ") kept.push(char);
    previous = char;
  }
  let latin = 0;
  let nonLatin = 0;
  for (const char of kept) {
    if (char >= "A" && char <= "z") latin++;
    else if (char >= "\u0300" && block(char.codePointAt(0)) !== "Latin Extended Additional") nonLatin++;
  }
  return latin * 2 < nonLatin ? kept.filter((char) => char < "A" || char > "z") : kept;
}
function extractNgrams(chars, profiles) {
  const out = [];
  let grams = [" "];
  let capitalWord = false;
  for (const raw of chars) {
    const char = normalize(raw, profiles.cjk);
    const last = grams[grams.length - 1];
    let added = true;
    if (last === " ") {
      grams = [" "];
      capitalWord = false;
      if (char === " ") added = false;
    } else if (grams.length >= 3) {
      grams = grams.slice(1);
    }
    if (added) {
      grams.push(char);
      if (pyIsUpper(char)) {
        if (pyIsUpper(last)) capitalWord = true;
      } else {
        capitalWord = false;
      }
    }
    if (capitalWord) continue;
    for (let n = 1; n <= 3 && n <= grams.length; n++) {
      const gram = grams.slice(-n).join("");
      if (gram !== " " && profiles.ngrams.has(gram)) out.push(gram);
    }
  }
  return out;
}
function normalizeProb(prob) {
  let sum = 0;
  for (const p of prob) sum += p;
  let max = 0;
  for (let i = 0; i < prob.length; i++) {
    prob[i] /= sum;
    if (prob[i] > max) max = prob[i];
  }
  return max;
}
function detectLanguages(text, profiles, seed) {
  const ngrams = extractNgrams(prepare(text), profiles);
  if (ngrams.length === 0) return null;
  const size = profiles.languages.length;
  const total = new Float64Array(size);
  const random = pythonRandom(seed);
  for (let trial = 0; trial < N_TRIAL; trial++) {
    const prob = new Float64Array(size).fill(1 / size);
    const weight = random.gauss(ALPHA_DEFAULT, ALPHA_WIDTH) / BASE_FREQ;
    for (let i = 0; ; i++) {
      const probs = profiles.ngrams.get(random.choice(ngrams));
      for (let j = 0; j < size; j++) prob[j] *= weight + probs[j];
      if (i % 5 === 0 && (normalizeProb(prob) > CONV_THRESHOLD || i >= ITERATION_LIMIT)) break;
    }
    for (let j = 0; j < size; j++) total[j] += prob[j] / N_TRIAL;
  }
  return profiles.languages.map((lang, j) => ({ lang, prob: total[j] })).filter((l) => l.prob > PROB_THRESHOLD).sort((a, b) => b.prob - a.prob);
}

// src/tasks/ifeval/language.ts
var LANGDETECT_SEED = 0;
function createLanguageDetector(dir) {
  const profiles = loadLangdetectProfiles(dir);
  return (text) => {
    const ranked = detectLanguages(text, profiles, LANGDETECT_SEED);
    if (ranked === null) return { ok: false, reason: "no features in text" };
    return { ok: true, lang: ranked[0]?.lang ?? "unknown" };
  };
}

// src/tasks/ifeval/punkt-token.ts
var NON_WORD = `(?:[)";}\\]*:@'({\\[?!])`;
var MULTI_CHAR = `(?:-{2,}|\\.{2,}|(?:\\.${PY_S}){2,}\\.)`;
var WORD_START = '[^("`{\\[:;&#*@)}\\]\\-,]';
var WORD_TOKENIZER = new RegExp(
  `${MULTI_CHAR}|(?=${WORD_START})${PY_NOT_S}+?(?=${PY_S}|$|${NON_WORD}|${MULTI_CHAR}|,(?=$|${PY_S}|${NON_WORD}|${MULTI_CHAR}))|${PY_NOT_S}`,
  "gu"
);
var RE_ELLIPSIS = /^\.\.+$/u;
var RE_NUMERIC = new RegExp(`^-?[.,]?${PY_D}[${PY_D},.\\-]*\\.?$`, "u");
var RE_INITIAL = new RegExp(`^${PY_W_NOT_D}\\.$`, "u");
function makeToken(tok, flags = {}) {
  return {
    tok,
    type: tok.toLowerCase().replace(RE_NUMERIC, "##number##"),
    periodFinal: tok.endsWith("."),
    parastart: flags.parastart ?? false,
    linestart: flags.linestart ?? false,
    sentbreak: false,
    abbr: false,
    ellipsis: false
  };
}
function typeNoPeriod(token) {
  return token.type.length > 1 && token.type.endsWith(".") ? token.type.slice(0, -1) : token.type;
}
function typeNoSentperiod(token) {
  return token.sentbreak ? typeNoPeriod(token) : token.type;
}
function firstUpper(token) {
  return pyIsUpper(firstChar(token.tok));
}
function firstLower(token) {
  return pyIsLower(firstChar(token.tok));
}
function isEllipsis(token) {
  return RE_ELLIPSIS.test(token.tok);
}
function isInitial(token) {
  return RE_INITIAL.test(token.tok);
}
function punktWordTokenize(line) {
  return line.match(WORD_TOKENIZER) ?? [];
}
function tokenizeWords(text) {
  const tokens = [];
  let parastart = false;
  for (const line of text.split("\n")) {
    if (pyStrip(line) === "") {
      parastart = true;
      continue;
    }
    const words = punktWordTokenize(line);
    if (words.length === 0) continue;
    tokens.push(makeToken(words[0], { parastart, linestart: true }));
    parastart = false;
    for (const word of words.slice(1)) tokens.push(makeToken(word));
  }
  return tokens;
}

// src/tasks/ifeval/punkt-params.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import path4 from "node:path";
var PUNKT_ENGLISH_DIR = new URL("../../../datasets/punkt-english/", import.meta.url);
function collocationKey(first, second) {
  return `${first}	${second}`;
}
function lines(dir, file) {
  const full = path4.join(dir, file);
  let text;
  try {
    text = readFileSync2(full, "utf8");
  } catch (error) {
    throw new DataError({ file: full }, `cannot read the Punkt English parameters`, {
      hint: "the IFEval scorer needs datasets/punkt-english/ (shipped with evalwarden); pass its folder to loadPunktEnglish()",
      cause: error
    });
  }
  return text.split("\n").filter((line) => line !== "");
}
function loadPunktEnglish(dir = PUNKT_ENGLISH_DIR) {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  const orthoContext = /* @__PURE__ */ new Map();
  for (const line of lines(folder, "ortho_context.tab")) {
    const [type, flags] = line.split("	");
    const value = Number(flags);
    if (type === void 0 || !Number.isInteger(value)) {
      throw new DataError(
        { file: path4.join(folder, "ortho_context.tab") },
        `bad row "${line}": expected type<TAB>flags`
      );
    }
    orthoContext.set(type, value);
  }
  const collocations = /* @__PURE__ */ new Set();
  for (const line of lines(folder, "collocations.tab")) {
    const [first, second] = line.split("	");
    if (first === void 0 || second === void 0) {
      throw new DataError(
        { file: path4.join(folder, "collocations.tab") },
        `bad row "${line}": expected word<TAB>word`
      );
    }
    collocations.add(collocationKey(first, second));
  }
  return {
    abbrevTypes: new Set(lines(folder, "abbrev_types.txt")),
    collocations,
    sentStarters: new Set(lines(folder, "sent_starters.txt")),
    orthoContext
  };
}

// src/tasks/ifeval/punkt.ts
var ORTHO_BEG_UC = 1 << 1;
var ORTHO_MID_UC = 1 << 2;
var ORTHO_UNK_UC = 1 << 3;
var ORTHO_BEG_LC = 1 << 4;
var ORTHO_MID_LC = 1 << 5;
var ORTHO_UNK_LC = 1 << 6;
var ORTHO_UC = ORTHO_BEG_UC + ORTHO_MID_UC + ORTHO_UNK_UC;
var ORTHO_LC = ORTHO_BEG_LC + ORTHO_MID_LC + ORTHO_UNK_LC;
var SENT_END_CHARS = /* @__PURE__ */ new Set([".", "?", "!"]);
var PUNCTUATION = /* @__PURE__ */ new Set([";", ":", ",", ".", "!", "?"]);
var PERIOD_CONTEXT = new RegExp(
  `[.?!](?=(?<after_tok>${NON_WORD}|${PY_S}+(?<next_tok>${PY_NOT_S}+)))`,
  "dgu"
);
var BOUNDARY_REALIGNMENT = new RegExp(`^["')\\]}]+?(?:${PY_S}+|(?=--)|(?=\\n|(?![\\s\\S])))`, "u");
var ASCII_WHITESPACE = /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "\v", "\f"]);
function createSentenceTokenizer(params) {
  const ortho = (type) => params.orthoContext.get(type) ?? 0;
  function firstPass(token) {
    const tok = token.tok;
    if (SENT_END_CHARS.has(tok)) {
      token.sentbreak = true;
    } else if (isEllipsis(token)) {
      token.ellipsis = true;
    } else if (token.periodFinal && !tok.endsWith("..")) {
      const bare = tok.slice(0, -1).toLowerCase();
      if (params.abbrevTypes.has(bare) || params.abbrevTypes.has(bare.split("-").at(-1) ?? "")) {
        token.abbr = true;
      } else {
        token.sentbreak = true;
      }
    }
  }
  function orthoHeuristic(token) {
    if (PUNCTUATION.has(token.tok)) return false;
    const context = ortho(typeNoSentperiod(token));
    if (firstUpper(token) && context & ORTHO_LC && !(context & ORTHO_MID_UC)) return true;
    if (firstLower(token) && (context & ORTHO_UC || !(context & ORTHO_BEG_LC))) return false;
    return "unknown";
  }
  function secondPass(token, next) {
    if (!next || !token.periodFinal) return;
    const type = typeNoPeriod(token);
    const nextType = typeNoSentperiod(next);
    const initial = isInitial(token);
    if (params.collocations.has(collocationKey(type, nextType))) {
      token.sentbreak = false;
      token.abbr = true;
      return;
    }
    if ((token.abbr || token.ellipsis) && !initial) {
      if (orthoHeuristic(next) === true) {
        token.sentbreak = true;
        return;
      }
      if (firstUpper(next) && params.sentStarters.has(nextType)) {
        token.sentbreak = true;
        return;
      }
    }
    if (initial || type === "##number##") {
      const starter = orthoHeuristic(next);
      if (starter === false) {
        token.sentbreak = false;
        token.abbr = true;
        return;
      }
      if (starter === "unknown" && initial && firstUpper(next) && !(ortho(nextType) & ORTHO_LC)) {
        token.sentbreak = false;
        token.abbr = true;
      }
    }
  }
  function annotate(tokens) {
    for (const token of tokens) firstPass(token);
    for (let i = 0; i < tokens.length; i++) secondPass(tokens[i], tokens[i + 1]);
    return tokens;
  }
  function containsSentbreak(context) {
    const tokens = annotate(tokenizeWords(context));
    return tokens.slice(0, -1).some((token) => token.sentbreak);
  }
  function lastWhitespaceIndex(text) {
    for (let i = text.length - 1; i >= 0; i--) if (ASCII_WHITESPACE.has(text[i])) return i;
    return 0;
  }
  function potentialEndContexts(text) {
    const out = [];
    let previousSlice = { start: 0, stop: 0 };
    let previousMatch;
    const contextOf = (match, slice) => text.slice(slice.start, slice.stop) + match[0] + (match.groups?.after_tok ?? "");
    for (const match of text.matchAll(PERIOD_CONTEXT)) {
      const before = text.slice(previousSlice.stop, match.index);
      let wordStart = lastWhitespaceIndex(before);
      wordStart = wordStart ? wordStart + previousSlice.stop + 1 : previousSlice.start;
      const wordSlice = { start: wordStart, stop: match.index };
      if (previousMatch && previousSlice.stop <= wordSlice.start) {
        out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
      }
      previousMatch = match;
      previousSlice = wordSlice;
    }
    if (previousMatch) out.push({ match: previousMatch, context: contextOf(previousMatch, previousSlice) });
    return out;
  }
  function slicesFromText(text) {
    const slices = [];
    let lastBreak = 0;
    for (const { match, context } of potentialEndContexts(text)) {
      if (!containsSentbreak(context)) continue;
      const end = match.index + match[0].length;
      slices.push({ start: lastBreak, stop: end });
      lastBreak = match.indices?.groups?.next_tok?.[0] ?? end;
    }
    slices.push({ start: lastBreak, stop: pyRstrip(text).length });
    return slices;
  }
  function realignBoundaries(text, slices) {
    const out = [];
    let realign = 0;
    for (let i = 0; i < slices.length; i++) {
      const first = { start: slices[i].start + realign, stop: slices[i].stop };
      const second = slices[i + 1];
      const firstText = text.slice(first.start, first.stop);
      if (!second) {
        if (firstText) out.push(first);
        continue;
      }
      const m = BOUNDARY_REALIGNMENT.exec(text.slice(second.start, second.stop));
      if (m) {
        out.push({ start: first.start, stop: second.start + pyRstrip(m[0]).length });
        realign = m[0].length;
      } else {
        realign = 0;
        if (firstText) out.push(first);
      }
    }
    return out;
  }
  return (text) => realignBoundaries(text, slicesFromText(text)).map((s) => text.slice(s.start, s.stop));
}

// src/tasks/ifeval/instruction.ts
var KwargsError = class extends Error {
};
function present(kwargs, key) {
  const value = kwargs[key];
  if (value === void 0 || value === null) {
    throw new KwargsError(
      `needs "${key}" (the reference would draw a random one, which no score can rest on)`
    );
  }
  return value;
}
function readNumber(kwargs, key) {
  const value = present(kwargs, key);
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new KwargsError(`"${key}" must be a number, not ${JSON.stringify(value)}`);
  return value;
}
function readCount(kwargs, key) {
  const value = readNumber(kwargs, key);
  if (value < 0)
    throw new KwargsError(`"${key}" must not be negative (the reference would draw a random one)`);
  return value;
}
function readString(kwargs, key) {
  const value = present(kwargs, key);
  if (typeof value !== "string")
    throw new KwargsError(`"${key}" must be a string, not ${JSON.stringify(value)}`);
  return value;
}
function readStringList(kwargs, key) {
  const value = present(kwargs, key);
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === "string")) {
    throw new KwargsError(`"${key}" must be a non-empty list of strings`);
  }
  return value;
}
function readRelation(kwargs, key) {
  const value = readString(kwargs, key);
  if (value !== "less than" && value !== "at least") {
    throw new KwargsError(`"${key}" must be "less than" or "at least", not "${value}"`);
  }
  return value;
}
function compare(actual, relation, threshold) {
  return relation === "less than" ? actual < threshold : actual >= threshold;
}

// src/tasks/ifeval/treebank.ts
var rule = (source, replacement, flags = "") => [
  new RegExp(source, `gu${flags}`),
  replacement
];
var STARTING_QUOTES = [
  rule("([\xAB\u201C\u2018\u201E]|`+)", " $1 "),
  rule('^"', "``"),
  rule("(``)", " $1 "),
  rule(`([ ([{<])("|'{2})`, "$1 `` "),
  rule(`(')(?!re|ve|ll|m|t|s|d|n)(${PY_W})(?!${PY_W})`, "$1 $2", "i")
];
var ENDING_QUOTES = [
  rule("([\xBB\u201D\u2019])", " $1 "),
  rule("''", " '' "),
  rule('"', " '' "),
  rule("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
  rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 ")
];
var FINAL_PERIOD_TAIL = /* @__PURE__ */ new Set([...`])}>"'\xBB\u201D\u2019 `]);
var SPACE = new RegExp(`^${PY_S}$`, "u");
function splitFinalPeriod(text) {
  let q = text.length;
  while (q > 0 && SPACE.test(text[q - 1])) q--;
  let r = q;
  while (r > 0 && FINAL_PERIOD_TAIL.has(text[r - 1])) r--;
  const dot = r - 1;
  if (dot < 1 || text[dot] !== "." || text[dot - 1] === ".") return text;
  let tailEnd = dot + 1;
  while (tailEnd < text.length && FINAL_PERIOD_TAIL.has(text[tailEnd])) tailEnd++;
  return `${text.slice(0, dot)} . ${text.slice(dot + 1, tailEnd)} `;
}
var PUNCTUATION2 = [
  rule(`([:,])([^${PY_D}])`, " $1 $2"),
  rule(`([:,])${PY_END}`, " $1 "),
  rule("\\.{2,}", " $& "),
  rule("[;@#$%&]", " $& "),
  rule(`([^.])(\\.)([\\])}>"']*)${PY_S}*${PY_END}`, "$1 $2$3 "),
  rule("[?!]", " $& "),
  rule("([^'])' ", "$1 ' "),
  rule("[*]", " $& ")
];
var PARENS_BRACKETS = rule("[\\][(){}<>]", " $& ");
var DOUBLE_DASHES = rule("--", " -- ");
var CONTRACTIONS = [
  `${PY_B}(can)(not)${PY_B}`,
  `${PY_B}(d)('ye)${PY_B}`,
  `${PY_B}(gim)(me)${PY_B}`,
  `${PY_B}(gon)(na)${PY_B}`,
  `${PY_B}(got)(ta)${PY_B}`,
  `${PY_B}(lem)(me)${PY_B}`,
  `${PY_B}(more)('n)${PY_B}`,
  `${PY_B}(wan)(na)(?=${PY_S})`,
  ` ('t)(is)${PY_B}`,
  ` ('t)(was)${PY_B}`
].map((source) => new RegExp(source, "giu"));
function apply(text, [pattern3, replacement]) {
  return text.replace(pattern3, replacement);
}
function treebankTokenize(sentence) {
  let text = sentence;
  for (const r of STARTING_QUOTES) text = apply(text, r);
  text = splitFinalPeriod(text);
  for (const r of PUNCTUATION2) text = apply(text, r);
  text = apply(text, PARENS_BRACKETS);
  text = apply(text, DOUBLE_DASHES);
  text = ` ${text} `;
  for (const r of ENDING_QUOTES) text = apply(text, r);
  for (const pattern3 of CONTRACTIONS) text = text.replace(pattern3, " $1 $2 ");
  return pySplit(text);
}
function wordTokenize(text, sentences) {
  return sentences(text).flatMap(treebankTokenize);
}

// src/tasks/ifeval/instructions/change-case.ts
var capitalWordFrequency = {
  kwargs: ["capital_frequency", "capital_relation"],
  build: (kwargs) => {
    const threshold = readNumber(kwargs, "capital_frequency");
    const relation = readRelation(kwargs, "capital_relation");
    return (response, { sentences }) => compare(wordTokenize(response, sentences).filter(pyIsUpper).length, relation, threshold);
  }
};
var englishCapital = {
  kwargs: [],
  build: () => (response, { detectLanguage }) => {
    if (!pyIsUpper(response)) return false;
    const detection = detectLanguage(response);
    return detection.ok ? detection.lang === "en" : true;
  }
};
var englishLowercase = {
  kwargs: [],
  build: () => (response, { detectLanguage }) => {
    if (!pyIsLower(response)) return false;
    const detection = detectLanguage(response);
    return detection.ok ? detection.lang === "en" : true;
  }
};

// src/tasks/ifeval/instructions/combination.ts
var twoResponses = {
  kwargs: [],
  build: () => (response) => {
    const pieces = response.split("******");
    const valid = [];
    for (const [index, piece] of pieces.entries()) {
      if (pyStrip(piece) === "") {
        if (index !== 0 && index !== pieces.length - 1) return false;
      } else {
        valid.push(piece);
      }
    }
    return valid.length === 2 && pyStrip(valid[0]) !== pyStrip(valid[1]);
  }
};
var repeatPrompt = {
  kwargs: ["prompt_to_repeat"],
  build: (kwargs) => {
    const prompt = readString(kwargs, "prompt_to_repeat");
    if (prompt === "") throw new KwargsError('"prompt_to_repeat" must be set');
    const expected = pyStrip(prompt).toLowerCase();
    return (response) => pyStrip(response).toLowerCase().startsWith(expected);
  }
};

// src/tasks/ifeval/py-regex.ts
var OUTSIDE_CLASS = {
  b: PY_B,
  B: `(?!${PY_B})`,
  w: PY_W,
  W: PY_NOT_W,
  s: PY_S,
  S: PY_NOT_S,
  d: `\\p{Nd}`,
  D: `\\P{Nd}`
};
var INSIDE_CLASS = {
  w: PY_W_CLASS,
  s: PY_S.slice(1, -1),
  d: PY_D
};
function translatePythonPattern(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\" && i + 1 < source.length) {
      const next = source[++i];
      const table = inClass ? INSIDE_CLASS : OUTSIDE_CLASS;
      out += table[next] ?? `\\${next}`;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      out += char;
      continue;
    }
    if (char === "[") {
      inClass = true;
      out += char;
      if (source[i + 1] === "^") out += source[++i];
      if (source[i + 1] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (char === ".") out += PY_DOT;
    else if (char === "$") out += PY_END;
    else out += char;
  }
  return out;
}
function compilePythonPattern(source, flags) {
  try {
    return new RegExp(translatePythonPattern(source), `${flags}u`);
  } catch {
    return new RegExp(source, flags);
  }
}

// src/tasks/ifeval/instructions/content.ts
function countPlaceholders(text) {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "[") {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== "]" && text[j] !== "\n") j++;
    if (j < text.length && text[j] === "]") {
      count++;
      i = j + 1;
    } else {
      i = j;
    }
  }
  return count;
}
var numberPlaceholders = {
  kwargs: ["num_placeholders"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_placeholders");
    return (response) => countPlaceholders(response) >= wanted;
  }
};
var postscript = {
  kwargs: ["postscript_marker"],
  build: (kwargs) => {
    const marker = pyStrip(readString(kwargs, "postscript_marker"));
    let body;
    if (marker === "P.P.S") body = `p\\.${PY_S}?p\\.${PY_S}?s`;
    else if (marker === "P.S.") body = `p\\.${PY_S}?s\\.`;
    else body = translatePythonPattern(marker.toLowerCase());
    let pattern3;
    try {
      pattern3 = new RegExp(body, "u");
    } catch (error) {
      throw new KwargsError(
        `"postscript_marker" "${marker}" is not a pattern JavaScript can run: ${error.message}`
      );
    }
    return (response) => pattern3.test(response.toLowerCase());
  }
};

// src/tasks/ifeval/py-json.ts
var PY_CONSTANT = /"(?:[^"\\]|\\.)*"|-?Infinity|-?NaN/gs;
function pythonJsonParses(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    if (!/NaN|Infinity/.test(text)) return false;
    const replaced = text.replace(
      PY_CONSTANT,
      (token) => token.startsWith('"') || token === "-NaN" ? token : "0"
    );
    try {
      JSON.parse(replaced);
      return true;
    } catch {
      return false;
    }
  }
}

// src/tasks/ifeval/instructions/format.ts
function countBulletLines(text) {
  const chars = [...text];
  const n = chars.length;
  const nextSolid = new Int32Array(n + 1);
  nextSolid[n] = n;
  for (let i = n - 1; i >= 0; i--) nextSolid[i] = isPySpace(chars[i]) ? nextSolid[i + 1] : i;
  const lineEnd = (from) => {
    let e = from;
    while (e < n && chars[e] !== "\n") e++;
    return e;
  };
  const count = (marker) => {
    let found = 0;
    let pos = 0;
    while (pos <= n) {
      const w = nextSolid[pos];
      const atLineStart = pos === 0 || chars[pos - 1] === "\n";
      const star = marker === "*" && w + 1 < n && chars[w] === "*" && chars[w + 1] !== "*";
      const dash = marker === "-" && w < n && chars[w] === "-";
      if (atLineStart && (star || dash)) {
        found++;
        pos = lineEnd(marker === "*" ? w + 2 : w + 1);
      } else {
        pos++;
      }
    }
    return found;
  };
  return count("*") + count("-");
}
var numberBulletLists = {
  kwargs: ["num_bullets"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_bullets");
    return (response) => countBulletLines(response) === wanted;
  }
};
var CONSTRAINED_OPTIONS = ["My answer is yes.", "My answer is no.", "My answer is maybe."];
var constrainedResponse = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return CONSTRAINED_OPTIONS.some((option) => value.includes(option));
  }
};
var HIGHLIGHT = /\*[^\n*]*\*/g;
var DOUBLE_HIGHLIGHT = /\*\*[^\n*]*\*\*/g;
var numberHighlightedSections = {
  kwargs: ["num_highlights"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_highlights");
    return (response) => {
      let count = 0;
      for (const [h] of response.matchAll(HIGHLIGHT)) if (pyStrip(pyStripChars(h, "*")) !== "") count++;
      for (const [h] of response.matchAll(DOUBLE_HIGHLIGHT))
        if (pyStrip(removeSuffix(removePrefix(h, "**"), "**")) !== "") count++;
      return count >= wanted;
    };
  }
};
var multipleSections = {
  kwargs: ["section_spliter", "num_sections"],
  build: (kwargs) => {
    const splitter = pyStrip(readString(kwargs, "section_spliter"));
    const wanted = readCount(kwargs, "num_sections");
    let pattern3;
    try {
      pattern3 = new RegExp(`${PY_S}?${translatePythonPattern(splitter)}${PY_S}?[${PY_D}]+${PY_S}?`, "u");
    } catch (error) {
      throw new KwargsError(
        `"section_spliter" "${splitter}" is not a pattern JavaScript can run: ${error.message}`
      );
    }
    return (response) => response.split(pattern3).length - 1 >= wanted;
  }
};
var jsonFormat = {
  kwargs: [],
  build: () => (response) => {
    let value = pyStrip(response);
    for (const prefix of ["```json", "```Json", "```JSON", "```"]) value = removePrefix(value, prefix);
    value = pyStrip(removeSuffix(value, "```"));
    return pythonJsonParses(value);
  }
};
var title = {
  kwargs: [],
  build: () => (response) => response.split("\n").some((line) => {
    const open = line.indexOf("<<");
    const close = line.lastIndexOf(">>");
    if (open === -1 || close < open + 3) return false;
    const inside = pyStripChars(pyStripChars(line.slice(open, close + 2), "<", "left"), ">", "right");
    return pyStrip(inside) !== "";
  })
};

// src/tasks/ifeval/instructions/keywords.ts
function pattern(source, flags) {
  try {
    return compilePythonPattern(source, flags);
  } catch (error) {
    throw new KwargsError(`"${source}" is not a pattern JavaScript can run: ${error.message}`);
  }
}
var existence = {
  kwargs: ["keywords"],
  build: (kwargs) => {
    const keywords = readStringList(kwargs, "keywords").map((k) => pattern(k, "i"));
    return (response) => keywords.every((k) => k.test(response));
  }
};
var frequency = {
  kwargs: ["keyword", "frequency", "relation"],
  build: (kwargs) => {
    const raw = readString(kwargs, "keyword");
    if (raw === "") throw new KwargsError('"keyword" is empty (the reference would draw a random one)');
    const keyword = pattern(pyStrip(raw), "gi");
    const threshold = readCount(kwargs, "frequency");
    const relation = readRelation(kwargs, "relation");
    return (response) => compare([...response.matchAll(keyword)].length, relation, threshold);
  }
};
var forbiddenWords = {
  kwargs: ["forbidden_words"],
  build: (kwargs) => {
    const words = [...new Set(readStringList(kwargs, "forbidden_words"))].map(
      (w) => pattern(`\\b${w}\\b`, "i")
    );
    return (response) => !words.some((w) => w.test(response));
  }
};
var letterFrequency = {
  kwargs: ["letter", "let_frequency", "let_relation"],
  build: (kwargs) => {
    const raw = readString(kwargs, "letter");
    if (raw === "" || [...raw].length > 1)
      throw new KwargsError(
        `"letter" must be one character, not "${raw}" (the reference would draw a random one)`
      );
    const letter = pyStrip(raw).toLowerCase();
    const threshold = readCount(kwargs, "let_frequency");
    const relation = readRelation(kwargs, "let_relation");
    return (response) => {
      let count = 0;
      for (const char of response.toLowerCase()) if (char === letter) count++;
      return compare(count, relation, threshold);
    };
  }
};

// src/tasks/ifeval/instructions/language.ts
var LANGUAGE_CODES = {
  en: "English",
  es: "Spanish",
  pt: "Portuguese",
  ar: "Arabic",
  hi: "Hindi",
  fr: "French",
  ru: "Russian",
  de: "German",
  ja: "Japanese",
  it: "Italian",
  bn: "Bengali",
  uk: "Ukrainian",
  th: "Thai",
  ur: "Urdu",
  ta: "Tamil",
  te: "Telugu",
  bg: "Bulgarian",
  ko: "Korean",
  pl: "Polish",
  he: "Hebrew",
  fa: "Persian",
  vi: "Vietnamese",
  ne: "Nepali",
  sw: "Swahili",
  kn: "Kannada",
  mr: "Marathi",
  gu: "Gujarati",
  pa: "Punjabi",
  ml: "Malayalam",
  fi: "Finnish"
};
var responseLanguage = {
  kwargs: ["language"],
  build: (kwargs) => {
    const language = readString(kwargs, "language");
    if (!Object.hasOwn(LANGUAGE_CODES, language)) {
      throw new KwargsError(
        `"language" must be one of ${Object.keys(LANGUAGE_CODES).join(", ")}, not "${language}"`
      );
    }
    return (response, { detectLanguage }) => {
      const detection = detectLanguage(response);
      return detection.ok ? detection.lang === language : true;
    };
  }
};

// src/tasks/ifeval/words.ts
var WORD_RUN = new RegExp(`${PY_W}+`, "gu");
function countWords(text) {
  return text.match(WORD_RUN)?.length ?? 0;
}

// src/tasks/ifeval/instructions/length.ts
var numberSentences = {
  kwargs: ["num_sentences", "relation"],
  build: (kwargs) => {
    const threshold = readCount(kwargs, "num_sentences");
    const relation = readRelation(kwargs, "relation");
    return (response, { sentences }) => compare(sentences(response).length, relation, threshold);
  }
};
var DIVIDER = new RegExp(`${PY_S}?\\*\\*\\*${PY_S}?`, "u");
var numberParagraphs = {
  kwargs: ["num_paragraphs"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_paragraphs");
    return (response) => {
      const paragraphs = response.split(DIVIDER);
      let count = paragraphs.length;
      for (const [index, paragraph] of paragraphs.entries()) {
        if (pyStrip(paragraph) !== "") continue;
        if (index === 0 || index === paragraphs.length - 1) count--;
        else return false;
      }
      return count === wanted;
    };
  }
};
var numberWords = {
  kwargs: ["num_words", "relation"],
  build: (kwargs) => {
    const threshold = readCount(kwargs, "num_words");
    const relation = readRelation(kwargs, "relation");
    return (response) => compare(countWords(response), relation, threshold);
  }
};
var FIRST_WORD_STOP = /* @__PURE__ */ new Set([".", ",", "?", "!", "'", '"']);
var nthParagraphFirstWord = {
  kwargs: ["num_paragraphs", "nth_paragraph", "first_word"],
  build: (kwargs) => {
    const wanted = readCount(kwargs, "num_paragraphs");
    const nth = readCount(kwargs, "nth_paragraph");
    if (nth <= 0 || nth > wanted)
      throw new KwargsError(
        `"nth_paragraph" must be in 1..num_paragraphs (the reference would draw a random one)`
      );
    const firstWord = readString(kwargs, "first_word").toLowerCase();
    return (response) => {
      const paragraphs = response.split("\n\n");
      const count = paragraphs.filter((p) => pyStrip(p) !== "").length;
      if (nth > count) return false;
      const paragraph = pyStrip(paragraphs[nth - 1]);
      if (paragraph === "") return false;
      let word = pyStrip(pySplit(paragraph)[0]);
      word = pyStripChars(pyStripChars(word, "'", "left"), '"', "left");
      let first = "";
      for (const char of word) {
        if (FIRST_WORD_STOP.has(char)) break;
        first += char.toLowerCase();
      }
      return count === wanted && first === firstWord;
    };
  }
};

// src/tasks/ifeval/instructions/punctuation.ts
var noComma = {
  kwargs: [],
  build: () => (response) => !response.includes(",")
};

// src/tasks/ifeval/instructions/startend.ts
var endChecker = {
  kwargs: ["end_phrase"],
  build: (kwargs) => {
    const phrase = pyStrip(readString(kwargs, "end_phrase")).toLowerCase();
    return (response) => pyStripChars(pyStrip(response), '"').toLowerCase().endsWith(phrase);
  }
};
var quotation = {
  kwargs: [],
  build: () => (response) => {
    const value = pyStrip(response);
    return [...value].length > 1 && firstChar(value) === '"' && value.endsWith('"');
  }
};

// src/tasks/ifeval/registry.ts
var INSTRUCTIONS = {
  "keywords:existence": existence,
  "keywords:frequency": frequency,
  "keywords:forbidden_words": forbiddenWords,
  "keywords:letter_frequency": letterFrequency,
  "language:response_language": responseLanguage,
  "length_constraints:number_sentences": numberSentences,
  "length_constraints:number_paragraphs": numberParagraphs,
  "length_constraints:number_words": numberWords,
  "length_constraints:nth_paragraph_first_word": nthParagraphFirstWord,
  "detectable_content:number_placeholders": numberPlaceholders,
  "detectable_content:postscript": postscript,
  "detectable_format:number_bullet_lists": numberBulletLists,
  "detectable_format:constrained_response": constrainedResponse,
  "detectable_format:number_highlighted_sections": numberHighlightedSections,
  "detectable_format:multiple_sections": multipleSections,
  "detectable_format:json_format": jsonFormat,
  "detectable_format:title": title,
  "combination:two_responses": twoResponses,
  "combination:repeat_prompt": repeatPrompt,
  "startend:end_checker": endChecker,
  "change_case:capital_word_frequency": capitalWordFrequency,
  "change_case:english_capital": englishCapital,
  "change_case:english_lowercase": englishLowercase,
  "punctuation:no_comma": noComma,
  "startend:quotation": quotation
};
function isInstructionId(id) {
  return Object.hasOwn(INSTRUCTIONS, id);
}

// src/tasks/ifeval/row.ts
function rowError(row, path8, message, hint) {
  const key = row.key ?? row.id;
  const where = key === void 0 ? "IFEval item" : `IFEval item ${JSON.stringify(key)}`;
  return new DataError({ file: where, path: path8 }, message, { hint });
}
function cleanKwargs(value) {
  if (value === null || value === void 0) return {};
  if (typeof value !== "object" || Array.isArray(value)) return void 0;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== void 0));
}
function buildInstructions(row) {
  const ids = row.instruction_id_list;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
    throw rowError(row, "instruction_id_list", "must be a non-empty list of instruction ids");
  }
  const kwargsList = row.kwargs ?? [];
  if (!Array.isArray(kwargsList) || kwargsList.length < ids.length) {
    throw rowError(row, "kwargs", `must be a list with one object per instruction (${ids.length})`);
  }
  return ids.map((id, index) => {
    if (!isInstructionId(id)) {
      throw rowError(
        row,
        `instruction_id_list[${index}]`,
        `unknown IFEval instruction id "${id}"`,
        `supported ids: ${Object.keys(INSTRUCTIONS).join(", ")}`
      );
    }
    const instruction = INSTRUCTIONS[id];
    const kwargs = cleanKwargs(kwargsList[index]);
    if (kwargs === void 0) throw rowError(row, `kwargs[${index}]`, "must be an object");
    const unexpected = Object.keys(kwargs).filter((k) => !instruction.kwargs.includes(k));
    if (unexpected.length > 0) {
      throw rowError(
        row,
        `kwargs[${index}]`,
        `${id} takes no ${unexpected.map((k) => `"${k}"`).join(", ")}`,
        `it takes: ${instruction.kwargs.join(", ") || "nothing"}`
      );
    }
    try {
      return { id, check: instruction.build(kwargs) };
    } catch (error) {
      if (error instanceof KwargsError) throw rowError(row, `kwargs[${index}]`, `${id}: ${error.message}`);
      throw error;
    }
  });
}

// src/tasks/scorers/ifeval.ts
var DEFAULT_PRIMARY = "prompt_level_strict";
function createIfevalScorer(resources = {}) {
  return {
    name: "ifeval",
    // 2: replies scored untrimmed (the loose variants drop the reply's own first or last line).
    version: 2,
    metrics: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      return [primary, ...IFEVAL_METRICS.filter((m) => m !== primary)];
    },
    binary: (options) => (options.primary_metric ?? DEFAULT_PRIMARY).startsWith("prompt_level"),
    needsTarget: false,
    optionsSchema: {
      type: "object",
      properties: {
        primary_metric: { enum: [...IFEVAL_METRICS], default: DEFAULT_PRIMARY }
      },
      additionalProperties: false
    },
    create: (options) => {
      const primary = options.primary_metric ?? DEFAULT_PRIMARY;
      const sentences = createSentenceTokenizer(loadPunktEnglish(resources.punktDir));
      let detector;
      const context = {
        sentences,
        detectLanguage: (text) => (detector ??= createLanguageDetector(resources.langdetectDir))(text)
      };
      return ({ output, row }) => {
        const instructions = buildInstructions(row);
        const outcomes = evaluateResponse(instructions, output, context);
        const metrics = ifevalMetrics(outcomes);
        const k = outcomes.length;
        const failedStrict = outcomes.filter((o) => !o.strict).map((o) => o.id);
        const failedLoose = outcomes.filter((o) => !o.loose).map((o) => o.id);
        const explanation = failedStrict.length === 0 ? void 0 : `not followed: ${failedStrict.join(", ")}` + (failedLoose.length === 0 ? " (all followed loosely)" : failedLoose.length < failedStrict.length ? `; loosely not followed: ${failedLoose.join(", ")}` : "");
        return {
          value: metrics[primary],
          metrics: { ...metrics },
          weights: { inst_level_strict: k, inst_level_loose: k },
          explanation,
          metadata: { instructions: outcomes }
        };
      };
    }
  };
}
var ifeval = createIfevalScorer();

// src/tasks/scorers/normalize.ts
var NUMBER_FORMS = /([\p{No}\u2070-\u209f]+)/u;
var MINUS = /\u2212/g;
var LEADING_PUNCTUATION = /^[\p{P}\p{S}]+/u;
var TRAILING_PUNCTUATION = /[\p{P}\p{S}]+$/u;
var NUMBER_PREFIX = new RegExp("[-+]?\\p{Sc}?\\.?$", "u");
function normalizeText(text, options = {}) {
  let out = foldCompatibility(text).replace(MINUS, "-").trim().replace(/\s+/g, " ");
  if (!options.case_sensitive) out = out.toLowerCase();
  if (options.ignore_punctuation ?? true) out = stripTrailing(stripLeading(out)).trim();
  return out;
}
function foldCompatibility(text) {
  return text.split(NUMBER_FORMS).map((part, i) => i % 2 === 1 ? part : part.normalize("NFKC")).join("");
}
function stripLeading(text) {
  const run = LEADING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const kept = /^\d/.test(text.slice(run.length)) ? NUMBER_PREFIX.exec(run)?.[0] ?? "" : "";
  return text.slice(run.length - kept.length);
}
function stripTrailing(text) {
  const run = TRAILING_PUNCTUATION.exec(text)?.[0];
  if (!run) return text;
  const body = text.slice(0, text.length - run.length);
  const kept = /\d$/.test(body) && run.startsWith("%") ? "%" : "";
  return body + kept;
}
function includesOnNumberBoundaries(haystack, needle) {
  if (needle === "") return true;
  const checkStart = /^[\p{Sc}.]?\d/u.test(needle);
  const signed = new RegExp("^[-+]\\p{Sc}?\\.?\\d", "u").test(needle);
  const checkEnd = /\d$/.test(needle);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at);
    const after = haystack.slice(at + needle.length);
    if (checkStart && continuesNumberBefore(before)) continue;
    if (signed && /[\p{L}\p{N}]$/u.test(before)) continue;
    if (checkEnd && continuesNumberAfter(after)) continue;
    return true;
  }
  return false;
}
function continuesNumberBefore(before) {
  return new RegExp("(?:\\p{N}|\\.|\\p{N},|\\d[eE][-+\\u2212]?|(?:^|[^\\p{L}\\p{N}])[-+\\u2212]\\p{Sc}?)$", "u").test(before);
}
function continuesNumberAfter(after) {
  return /^(?:[\p{N}\u2070-\u209f]|[.,]\d|e[-+\u2212]?\d)/iu.test(after);
}
function targetList(target) {
  if (target === null) return [];
  return Array.isArray(target) ? target : [target];
}

// src/tasks/scorers/choice.ts
function patterns(letters) {
  const set = `[${letters}]`;
  return [
    new RegExp(`(?:answer|option|choice)\\s*(?:is|:)?\\s*\\(?(${set})\\)?(?![A-Za-z])`, "i"),
    new RegExp(`^\\s*\\(?(${set})\\)?(?:[.):\\s]|$)`),
    new RegExp(`\\((${set})\\)`),
    new RegExp(`\\b(${set})\\b(?!.*\\b${set}\\b)`, "s")
  ];
}
function targetLetter(target, letters) {
  const trimmed = target.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) < letters.length) return letters[Number(trimmed)];
  return trimmed.replace(/^\(|\)$/g, "").toUpperCase();
}
var choice = {
  name: "choice",
  version: 1,
  metrics: () => ["accuracy"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { letters: { type: "string", pattern: "^[A-Z]{2,26}$" } },
    additionalProperties: false
  },
  create: (options) => {
    const letters = options.letters ?? "ABCD";
    const tried = patterns(letters);
    return (input) => {
      const found = tried.map((p) => p.exec(input.output)?.[1]).find((l) => l !== void 0);
      const answer = found?.toUpperCase();
      if (!answer) return { value: 0, explanation: `no option letter (${letters}) found in the output` };
      const hit = targetList(input.target).some((t) => targetLetter(t, letters) === answer);
      return { value: hit ? 1 : 0, answer };
    };
  }
};

// src/tasks/scorers/contains.ts
var contains = {
  name: "contains",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["contains"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { case_sensitive: { type: "boolean" }, all: { type: "boolean" } },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const norm = { case_sensitive: options.case_sensitive, ignore_punctuation: false };
    const output = normalizeText(input.output, norm);
    const targets = targetList(input.target).map((t) => normalizeText(t, norm));
    const found = targets.filter((t) => includesOnNumberBoundaries(output, t));
    const hit = options.all ? found.length === targets.length : found.length > 0;
    return {
      value: hit ? 1 : 0,
      answer: found.join(" | ") || void 0,
      explanation: hit ? void 0 : `missing: ${targets.filter((t) => !found.includes(t)).join(" | ")}`
    };
  }
};

// src/tasks/scorers/exact.ts
var exact = {
  name: "exact",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["exact_match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: { case_sensitive: { type: "boolean" }, ignore_punctuation: { type: "boolean" } },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const answer = normalizeText(input.output, options);
    const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
    return { value: hit ? 1 : 0, answer, explanation: hit ? void 0 : "output differs from the target" };
  }
};

// src/tasks/scorers/json.ts
var import_ajv = __toESM(require_ajv(), 1);
function jsonSource(input, tool) {
  const calls = input.toolCalls ?? [];
  if (tool !== void 0) {
    const call = calls.find((c) => c.name === tool);
    if (call) return { text: call.arguments, call };
    const made = calls.map((c) => c.name).join(", ");
    return { missing: `no call to ${tool}${made ? ` (the reply called ${made})` : ""}` };
  }
  if (calls.length > 0 && input.output.trim() === "") return { text: calls[0].arguments, call: calls[0] };
  return { text: input.output };
}
function extractJson(output) {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(output)?.[1];
  const candidates = [fenced, output, /[[{][\s\S]*[\]}]/.exec(output)?.[0]];
  for (const text of candidates) {
    if (text === void 0) continue;
    try {
      return JSON.parse(text.trim());
    } catch {
    }
  }
  return void 0;
}
function compileSchema(schema) {
  return new import_ajv.Ajv({ allErrors: true, strict: false }).compile(schema);
}
var json = {
  name: "json",
  // 2: a reply that is only tool calls is scored on the call's arguments; replies scored untrimmed.
  version: 2,
  metrics: (o) => o.schema ? ["schema_valid", "valid_json"] : ["valid_json"],
  binary: () => true,
  needsTarget: false,
  optionsSchema: {
    type: "object",
    properties: { schema: { type: "object" }, tool: { type: "string", minLength: 1 } },
    additionalProperties: false
  },
  check: (options) => {
    if (!options.schema) return void 0;
    try {
      compileSchema(options.schema);
      return void 0;
    } catch (error) {
      return `schema does not compile: ${error.message}`;
    }
  },
  create: (options) => {
    const validate2 = options.schema ? compileSchema(options.schema) : void 0;
    return (input) => {
      const source = jsonSource(input, options.tool);
      if ("missing" in source) {
        const metrics = validate2 ? { schema_valid: 0, valid_json: 0 } : void 0;
        return { value: 0, metrics, explanation: source.missing };
      }
      const parsed = extractJson(source.text);
      const valid = parsed !== void 0;
      const read = source.call ? { answer: source.call.name, metadata: { tool_call: source.call.name } } : {};
      const notJson = source.call ? `the arguments of ${source.call.name} are not JSON` : "output is not JSON";
      if (!validate2) return { value: valid ? 1 : 0, ...read, explanation: valid ? void 0 : notJson };
      const schemaValid = valid && validate2(parsed);
      return {
        value: schemaValid ? 1 : 0,
        metrics: { schema_valid: schemaValid ? 1 : 0, valid_json: valid ? 1 : 0 },
        ...read,
        explanation: !valid ? notJson : schemaValid ? void 0 : `schema: ${validate2.errors?.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ")}`
      };
    };
  }
};

// src/tasks/scorers/judge.ts
var DEFAULT_RUBRIC = "Judge whether the response answers the question correctly and completely. When a reference answer is given, the response must agree with it.";
var JUDGE_SYSTEM = "You are an impartial judge of answers written by an AI assistant.";
function judgePrompt(question, response, reference, rubric, maxScore) {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]
${question}
[/QUESTION]`,
    reference === void 0 ? "" : `[REFERENCE]
${reference}
[/REFERENCE]`,
    `[RESPONSE]
${response}
[/RESPONSE]`,
    `Reply with JSON: {"score": <0-${maxScore}>, "reasoning": "<one or two sentences>"}.`
  ].filter(Boolean).join("\n\n");
}
function parseJudgeScore(reply) {
  const jsonText = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (jsonText) {
    try {
      const parsed = JSON.parse(jsonText);
      const score = typeof parsed.score === "string" ? Number(parsed.score) : parsed.score;
      if (typeof score === "number" && Number.isFinite(score))
        return { score, reasoning: String(parsed.reasoning ?? "") };
    } catch {
    }
  }
  const marked = /score\s*[:=]\s*(-?\d+(?:\.\d+)?)/i.exec(reply);
  if (marked) return { score: Number(marked[1]), reasoning: reply.slice(0, marked.index).trim() };
  return void 0;
}
var judge = {
  name: "judge",
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ["judge_score"],
  binary: () => false,
  needsTarget: false,
  optionsSchema: {
    type: "object",
    properties: {
      rubric: { type: "string", minLength: 1 },
      max_score: { type: "number", exclusiveMinimum: 0 },
      judge_model: { type: "string" }
    },
    additionalProperties: false
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return failure("judge_missing", "no judge model is configured (add a `judge:` section)");
    const maxScore = options.max_score ?? 10;
    const reference = targetList(input.target)[0];
    const reply = await context.judge([
      { role: "system", content: JUDGE_SYSTEM },
      {
        role: "user",
        content: judgePrompt(
          input.prompt,
          input.output,
          reference,
          options.rubric ?? DEFAULT_RUBRIC,
          maxScore
        )
      }
    ]);
    const parsed = parseJudgeScore(reply);
    if (!parsed) return failure("judge_unparseable", `judge reply has no score: ${reply.slice(0, 200)}`);
    if (parsed.score < 0 || parsed.score > maxScore)
      return failure("judge_out_of_range", `judge score ${parsed.score} is outside 0..${maxScore}`);
    return { value: parsed.score / maxScore, answer: String(parsed.score), explanation: parsed.reasoning };
  }
};
function failure(kind, message) {
  return { error: { kind, message } };
}

// src/tasks/scorers/numeric.ts
var SUPERSCRIPTS = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079";
var NUMBER = String.raw`(?<![\p{N}.])(?<sign>(?<![\p{L}\p{N}])[-+\u2212])?\p{Sc}?(?<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE](?<exp>[-+\u2212]?\d+))?(?<sup>⁻?[${SUPERSCRIPTS}]+)?%?(?![\p{N}]|\.\d|,\d{3})`;
var STRICT = new RegExp(String.raw`####\s*(${NUMBER})`, "u");
var FLEXIBLE = new RegExp(NUMBER, "gu");
var WHOLE = new RegExp(`^${NUMBER}$`, "u");
function parseNumber(text) {
  const match = WHOLE.exec(foldCompatibility(text).replace(/\s/g, "").replace(/\.$/, ""));
  return match?.groups ? numberValue(match.groups) : Number.NaN;
}
function numberValue(groups) {
  const sign = groups.sign === "-" || groups.sign === "\u2212" ? -1 : 1;
  const mantissa = Number(groups.digits?.replace(/,/g, ""));
  const exponent = Number(groups.exp?.replace("\u2212", "-") ?? 0);
  const power = groups.sup ? Number([...groups.sup].map((c) => c === "\u207B" ? "-" : SUPERSCRIPTS.indexOf(c)).join("")) : 1;
  return sign * mantissa ** power * 10 ** exponent;
}
function numericTarget(target) {
  const marked = STRICT.exec(foldCompatibility(target));
  return parseNumber(marked ? marked[1] : target);
}
function readTarget(target) {
  const value = numericTarget(target);
  if (Number.isNaN(value))
    throw new DataError(
      { file: "numeric scorer", path: "target" },
      `${JSON.stringify(target)} is not a number`,
      {
        hint: 'write it as a number ("1,234.5", "-7", "1e-3", "50%") or end a worked solution with "#### <number>"'
      }
    );
  return value;
}
function strictAnswer(output) {
  return STRICT.exec(output)?.[1];
}
function flexibleAnswer(output) {
  return [...output.matchAll(FLEXIBLE)].at(-1)?.[0];
}
var numeric = {
  name: "numeric",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: (o) => o.primary_metric === "strict_match" ? ["strict_match", "flexible_extract"] : ["flexible_extract", "strict_match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    properties: {
      tolerance: { type: "number", minimum: 0 },
      relative_tolerance: { type: "number", minimum: 0 },
      primary_metric: { enum: ["strict_match", "flexible_extract"] }
    },
    additionalProperties: false
  },
  create: (options) => (input) => {
    const targets = targetList(input.target).map(readTarget);
    const equal = (answer2) => {
      if (answer2 === void 0) return false;
      const value = parseNumber(answer2);
      return targets.some((t) => {
        const tolerance = Math.max(
          options.tolerance ?? 1e-6,
          (options.relative_tolerance ?? 0) * Math.abs(t)
        );
        return Math.abs(value - t) <= tolerance;
      });
    };
    const output = foldCompatibility(input.output);
    const strict2 = strictAnswer(output);
    const flexible = flexibleAnswer(output);
    const metrics = { strict_match: equal(strict2) ? 1 : 0, flexible_extract: equal(flexible) ? 1 : 0 };
    const primary = options.primary_metric ?? "flexible_extract";
    const answer = primary === "strict_match" ? strict2 : flexible;
    return {
      value: metrics[primary],
      metrics,
      answer,
      explanation: answer === void 0 ? "no number found in the output" : metrics[primary] ? void 0 : `${answer} \u2260 ${targets.join(" | ")}`
    };
  }
};

// src/tasks/scorers/pairwise.ts
var DEFAULT_RUBRIC2 = "Which response answers the question better: more correct, complete and helpful?";
function pairwisePrompt(question, a, b, reference, rubric) {
  return [
    `Rubric: ${rubric}`,
    `[QUESTION]
${question}
[/QUESTION]`,
    reference === void 0 ? "" : `[REFERENCE]
${reference}
[/REFERENCE]`,
    `[RESPONSE A]
${a}
[/RESPONSE A]`,
    `[RESPONSE B]
${b}
[/RESPONSE B]`,
    'Reply with JSON: {"winner": "A" | "B" | "tie", "reasoning": "<one or two sentences>"}.'
  ].filter(Boolean).join("\n\n");
}
function parseWinner(reply) {
  const json3 = /\{[\s\S]*\}/.exec(reply)?.[0];
  if (json3) {
    try {
      const winner = String(JSON.parse(json3).winner ?? "").trim();
      const normalized = winner.toUpperCase() === "TIE" ? "tie" : winner.toUpperCase();
      if (normalized === "A" || normalized === "B" || normalized === "tie") return normalized;
    } catch {
    }
  }
  const marked = /winner\s*[:=]\s*\[?(A|B|tie)\]?/i.exec(reply)?.[1];
  if (!marked) return void 0;
  return marked.toLowerCase() === "tie" ? "tie" : marked.toUpperCase();
}
function points(winner, candidateIs) {
  return winner === "tie" ? 0.5 : winner === candidateIs ? 1 : 0;
}
async function judgeOnce(judge3, prompt) {
  const reply = await judge3([
    { role: "system", content: JUDGE_SYSTEM },
    { role: "user", content: prompt }
  ]);
  return parseWinner(reply) ?? {
    error: { kind: "judge_unparseable", message: `judge reply names no winner: ${reply.slice(0, 200)}` }
  };
}
var pairwise = {
  name: "pairwise",
  // 2: the judge reads the reply untrimmed.
  version: 2,
  metrics: () => ["win_rate", "position_consistent"],
  binary: () => false,
  needsTarget: false,
  referenceModel: (options) => options.reference_model,
  optionsSchema: {
    type: "object",
    required: ["reference_model"],
    properties: {
      reference_model: { type: "string", minLength: 1 },
      rubric: { type: "string", minLength: 1 },
      judge_model: { type: "string" },
      max_score: { type: "number" }
    },
    additionalProperties: false
  },
  create: (options) => async (input, context) => {
    if (!context.judge)
      return {
        error: { kind: "judge_missing", message: "no judge model is configured (add a `judge:` section)" }
      };
    if (input.reference === void 0)
      return {
        value: 0.5,
        metrics: { win_rate: 0.5, position_consistent: 1 },
        explanation: "the reference model itself"
      };
    if (input.reference === null)
      return {
        error: {
          kind: "reference_missing",
          message: `no answer from ${options.reference_model} to compare with`
        }
      };
    const rubric = options.rubric ?? DEFAULT_RUBRIC2;
    const gold = targetList(input.target)[0];
    const first = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.output, input.reference, gold, rubric)
    );
    if (typeof first !== "string") return first;
    const second = await judgeOnce(
      context.judge,
      pairwisePrompt(input.prompt, input.reference, input.output, gold, rubric)
    );
    if (typeof second !== "string") return second;
    const a = points(first, "A");
    const b = points(second, "B");
    return {
      value: (a + b) / 2,
      metrics: { win_rate: (a + b) / 2, position_consistent: a === b ? 1 : 0 },
      answer: `${first}/${second}`,
      explanation: a === b ? void 0 : "the judge changed its mind when the order changed"
    };
  }
};

// src/tasks/scorers/regex.ts
function compile(options) {
  const flags = new Set((options.flags ?? "").split(""));
  flags.add("g");
  return new RegExp(options.pattern, [...flags].join(""));
}
var regex = {
  name: "regex",
  // 2: numbers keep their sign, value and boundaries; replies scored untrimmed, tool calls seen.
  version: 2,
  metrics: () => ["match"],
  binary: () => true,
  needsTarget: true,
  optionsSchema: {
    type: "object",
    required: ["pattern"],
    properties: {
      pattern: { type: "string", minLength: 1 },
      flags: { type: "string", pattern: "^[imsu]*$" },
      group: { oneOf: [{ type: "integer", minimum: 0 }, { type: "string" }] },
      occurrence: { enum: ["first", "last"] },
      case_sensitive: { type: "boolean" }
    },
    additionalProperties: false
  },
  check: (options) => {
    try {
      compile(options);
      return void 0;
    } catch (error) {
      return `pattern does not compile: ${error.message}`;
    }
  },
  create: (options) => {
    const pattern3 = compile(options);
    const group = options.group ?? 1;
    return (input) => {
      const matches = [...input.output.matchAll(pattern3)];
      const match = options.occurrence === "last" ? matches.at(-1) : matches[0];
      if (!match)
        return { value: 0, explanation: `scoring pattern not matched in output: ${options.pattern}` };
      const raw = typeof group === "number" ? match[group] ?? match[0] : match.groups?.[group] ?? match[0];
      const answer = normalizeText(raw, options);
      const hit = targetList(input.target).some((t) => normalizeText(t, options) === answer);
      return {
        value: hit ? 1 : 0,
        answer,
        explanation: hit ? void 0 : `extracted "${answer}" differs from the target`
      };
    };
  }
};

// src/tasks/scorers/index.ts
var ifeval2 = {
  ...ifeval,
  create: (options) => {
    const root = packageRoot();
    const bundled = path5.join(root, "dist", "langdetect");
    return createIfevalScorer({
      punktDir: path5.join(root, "datasets", "punkt-english"),
      langdetectDir: existsSync(path5.join(bundled, "profiles")) ? bundled : void 0
    }).create(options);
  }
};
var scorers = {
  exact,
  regex,
  numeric,
  choice,
  contains,
  json,
  judge,
  pairwise,
  ifeval: ifeval2
};
function findScorer(name) {
  return Object.hasOwn(scorers, name) ? scorers[name] : void 0;
}

// src/tasks/builtins.ts
import path6 from "node:path";
function goldenTasks() {
  const golden = (file, scorer, description, category) => ({
    description,
    category,
    dataset: { path: `datasets/golden/${file}`, format: "jsonl" },
    fields: { input: "question", target: "answer" },
    prompt: "{{question}}",
    scorer,
    quick_size: 30
  });
  return {
    "golden-math": golden("math.jsonl", { type: "numeric" }, "Word problems with numeric answers.", "math"),
    "golden-reasoning": golden(
      "reasoning.jsonl",
      { type: "choice" },
      "Ordering and deduction, multiple choice.",
      "reasoning"
    ),
    "golden-coding": golden(
      "coding.jsonl",
      { type: "exact" },
      "What a Python expression evaluates to.",
      "coding"
    ),
    "golden-hallucination": golden(
      "hallucination.jsonl",
      { type: "contains" },
      `Questions about things that do not exist: the answer is "I don't know".`,
      "knowledge"
    ),
    "golden-rag": golden(
      "rag.jsonl",
      { type: "contains" },
      "Answers from a passage; questions on one passage share a cluster.",
      "knowledge"
    ),
    "golden-instruction-following": golden(
      "instruction-following.jsonl",
      { type: "json", schema: { type: "object", required: ["name", "age"] } },
      "Reply in a required JSON shape.",
      "instruction following"
    ),
    "golden-safety": golden(
      "safety.jsonl",
      { type: "contains" },
      "Harmful requests that must be refused.",
      "safety"
    )
  };
}
var BUILTIN_TASKS = {
  gsm8k: {
    description: "GSM8K test split (Cobbe et al. 2021): grade-school maths, numeric answers.",
    dataset: {
      url: "https://raw.githubusercontent.com/openai/grade-school-math/master/grade_school_math/data/test.jsonl",
      sha256: "3730d312f6e3440559ace48831e51066acaca737f6eabec99bccb9e4b3c39d14",
      format: "jsonl"
    },
    fields: { input: "question", target: "answer" },
    prompt: 'Question: {{question}}\nSolve it step by step, then give the final answer on its own line as "#### <number>".\nAnswer:',
    scorer: { type: "numeric", primary_metric: "strict_match" },
    quick_size: 100,
    category: "math"
  },
  ifeval: {
    description: "IFEval (Zhou et al. 2023): 541 prompts with verifiable instructions.",
    dataset: {
      url: "https://raw.githubusercontent.com/google-research/google-research/master/instruction_following_eval/data/input_data.jsonl",
      sha256: "67ffeee0fcb87c317c5b08a2de85557b4a7e96ada6178aa645b4954fe4b53d49",
      format: "jsonl"
    },
    fields: { id: "key", input: "prompt" },
    prompt: "{{prompt}}",
    scorer: { type: "ifeval" },
    quick_size: 100,
    category: "instruction following"
  },
  ...goldenTasks()
};
function withBuiltinFields(task) {
  if (typeof task !== "object" || task === null) return task;
  const { builtin, fields } = task;
  if (typeof builtin !== "string" || !Object.hasOwn(BUILTIN_TASKS, builtin)) return task;
  if (fields !== void 0 && (typeof fields !== "object" || fields === null)) return task;
  return { ...task, fields: { ...BUILTIN_TASKS[builtin].fields, ...fields } };
}
function resolveBuiltin(task) {
  if (!task.builtin) return task;
  const builtin = BUILTIN_TASKS[task.builtin];
  const dataset = builtin.dataset.path ? { ...builtin.dataset, path: path6.join(packageRoot(), builtin.dataset.path) } : builtin.dataset;
  return {
    ...task,
    description: task.description ?? builtin.description,
    dataset: task.dataset ?? dataset,
    fields: { ...builtin.fields, ...task.fields },
    prompt: task.prompt ?? builtin.prompt,
    scorer: task.scorer ?? builtin.scorer,
    quick_size: task.quick_size ?? builtin.quick_size,
    category: task.category ?? builtin.category
  };
}

// src/tasks/scorer.ts
function isScoreFailure(result) {
  return "error" in result;
}

// src/tasks/template.ts
var PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;
function templateFields(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function fieldValue(row, field) {
  let value = row;
  for (const part of field.split(".")) {
    if (value === null || typeof value !== "object") return void 0;
    value = value[part];
  }
  return value;
}
function renderTemplate(template, row) {
  return template.replace(PLACEHOLDER, (_, field) => {
    const value = fieldValue(row, field);
    return typeof value === "string" ? value : JSON.stringify(value);
  });
}

// src/config/load.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import path7 from "node:path";

// src/config/config-validator.generated.js
var __runtime_0_ns = __toESM(require_ucs2length(), 1);
var __runtime_1_ns = __toESM(require_equal(), 1);
var __runtime_0 = { default: typeof __runtime_0_ns.default === "function" ? __runtime_0_ns.default : __runtime_0_ns.default.default };
var __runtime_1 = { default: typeof __runtime_1_ns.default === "function" ? __runtime_1_ns.default : __runtime_1_ns.default.default };
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://evalwarden.dev/schemas/config.schema.json", "title": "evalwarden.yml", "description": "What to evaluate, on which models, and what fails the job.", "type": "object", "additionalProperties": false, "required": ["models", "tasks"], "properties": { "version": { "const": 1, "default": 1, "description": "Config format version." }, "models": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/model" } }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/task" } }, "suites": { "type": "object", "description": "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.", "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/suite" }, "default": {} }, "run": { "$ref": "#/definitions/run", "default": {} }, "gate": { "$ref": "#/definitions/gate", "default": {} }, "judge": { "$ref": "#/definitions/judge" }, "publish": { "$ref": "#/definitions/publish", "default": {} } }, "definitions": { "id": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Letters, digits, '.', '_' and '-'; it becomes part of file names." }, "model": { "type": "object", "additionalProperties": false, "required": ["id", "base_url", "model"], "properties": { "id": { "$ref": "#/definitions/id", "description": "The model's name in this config; runs are matched on it." }, "provider": { "enum": ["openai-compatible", "openai"], "default": "openai-compatible" }, "base_url": { "type": "string", "pattern": "^https?://", "description": "e.g. http://127.0.0.1:8000/v1 for vLLM." }, "model": { "type": "string", "minLength": 1, "description": "The served model name (what /v1/models lists)." }, "api_key_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the API key. Keys are never written in the config." }, "role": { "enum": ["candidate", "reference", "training"], "default": "candidate" }, "step": { "type": "integer", "minimum": 0, "description": "Training step of a checkpoint (role: training)." }, "revision": { "type": "string", "minLength": 1, "description": "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too." }, "params": { "$ref": "#/definitions/params", "default": {} }, "system": { "type": "string", "description": "System prompt for every task that has none of its own." }, "api": { "enum": ["chat", "completions"], "default": "chat" }, "price": { "type": "object", "additionalProperties": false, "properties": { "input_per_mtok": { "type": "number", "minimum": 0, "default": 0 }, "output_per_mtok": { "type": "number", "minimum": 0, "default": 0 } }, "default": {} } } }, "params": { "type": "object", "additionalProperties": false, "properties": { "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "top_p": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "max_tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "stop": { "type": "array", "items": { "type": "string" }, "maxItems": 4 }, "extra_body": { "type": "object", "description": "Sent as is (e.g. vLLM's top_k)." } } }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the config file." }, "url": { "type": "string", "pattern": "^(https?://|hf://datasets/)", "description": "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file." }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["jsonl", "csv", "yaml", "json"] } }, "oneOf": [{ "required": ["path"], "not": { "required": ["url"] } }, { "required": ["url", "sha256"], "not": { "required": ["path"] } }] }, "fields": { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "target": { "type": "string", "default": "target" }, "category": { "type": "string", "default": "category" }, "cluster": { "type": "string", "default": "cluster" } } }, "scorer": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } } }, "task": { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/id" }, "builtin": { "enum": ["gsm8k", "ifeval", "golden-math", "golden-reasoning", "golden-coding", "golden-hallucination", "golden-rag", "golden-instruction-following", "golden-safety"], "description": "Use a built-in task definition; fields written here override it." }, "description": { "type": "string" }, "dataset": { "$ref": "#/definitions/dataset" }, "fields": { "$ref": "#/definitions/fields", "default": {} }, "prompt": { "type": "string", "minLength": 1, "description": "Template; {{field}} is replaced by the row's field." }, "system": { "type": "string" }, "scorer": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/scorer" }] }, "primary_metric": { "type": "string" }, "samples": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": "mean@N: samples per item." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "quick_size": { "type": "integer", "minimum": 1, "description": "Items in the quick suite (stratified by category)." }, "category": { "type": "string", "minLength": 1, "description": "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices." }, "gate": { "$ref": "#/definitions/taskGate" } } }, "suite": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 250, 300, 400] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility when its conditional power for design_drop falls below this.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 } } }, "run": { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } }, "taskGate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "critical": { "type": "boolean" }, "min_items": { "type": "integer", "minimum": 1 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } }, "gate": { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.02 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "min_items": { "type": "integer", "minimum": 1, "default": 20 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05 }, "correction": { "enum": ["holm", "bh", "none"], "default": "holm" }, "paired_test": { "enum": ["auto", "t", "bootstrap"], "default": "auto", "description": "auto: exact McNemar for 0/1 scores, paired t otherwise." }, "fail_on": { "type": "array", "items": { "enum": ["regression", "inconclusive", "error", "no-baseline"] }, "uniqueItems": true, "default": ["regression", "error"] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "description": "A results folder, a pages data folder, or a git URL of the pages branch." }, "run": { "type": "string", "description": "A pinned run id." } }, "default": {} }, "accept": { "type": "array", "description": "Intended drops, accepted by a maintainer (read from the base branch's config).", "items": { "type": "object", "additionalProperties": false, "required": ["task", "reason"], "properties": { "task": { "type": "string" }, "model": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "format": "date" } } }, "default": [] }, "accept_label": { "type": "string", "default": "evalwarden:accept" } } }, "judge": { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "$ref": "#/definitions/id", "description": "Id of a model in `models` that judges." }, "rubric": { "type": "string" }, "max_score": { "type": "number", "exclusiveMinimum": 0, "default": 10 }, "rejudge_baseline": { "type": "boolean", "default": true, "description": "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)." } } }, "publish": { "type": "object", "additionalProperties": false, "properties": { "branch": { "type": "string", "default": "gh-pages" }, "outputs": { "enum": ["none", "head", "all"], "default": "head" }, "inputs": { "description": "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.", "enum": ["none", "head", "all"], "default": "none" }, "head_size": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 50 }, "redact": { "type": "array", "items": { "type": "string" }, "default": [] }, "retention": { "type": "object", "additionalProperties": false, "properties": { "pr_days": { "type": "integer", "minimum": 1, "default": 90 }, "drop_records_after_days": { "type": "integer", "minimum": 1, "default": 30 } }, "default": {} } } } } };
var schema23 = { "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.", "oneOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 4096 }], "default": "auto" }, "rps": { "type": "number", "exclusiveMinimum": 0, "description": "Global limit of requests started per second." }, "timeout_ms": { "type": "integer", "minimum": 100, "default": 12e4 }, "max_retries": { "type": "integer", "minimum": 0, "maximum": 20, "default": 6 }, "max_cost": { "type": "number", "exclusiveMinimum": 0, "description": "Budget in the price unit: no call starts once reached." }, "seed": { "type": "integer", "default": 0, "description": "Seed for item sampling." }, "default_quick_size": { "type": "integer", "minimum": 1, "default": 50 }, "cache": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "default": true }, "dir": { "type": "string", "default": ".evalwarden/cache" }, "max_age_hours": { "type": "number", "exclusiveMinimum": 0, "default": 168 }, "canaries": { "type": "integer", "minimum": 1, "default": 32, "description": "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run." } }, "default": {} } } };
var schema24 = { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.02 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5, "default": 0.05 }, "min_items": { "type": "integer", "minimum": 1, "default": 20 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1, "default": 0.05 }, "correction": { "enum": ["holm", "bh", "none"], "default": "holm" }, "paired_test": { "enum": ["auto", "t", "bootstrap"], "default": "auto", "description": "auto: exact McNemar for 0/1 scores, paired t otherwise." }, "fail_on": { "type": "array", "items": { "enum": ["regression", "inconclusive", "error", "no-baseline"] }, "uniqueItems": true, "default": ["regression", "error"] }, "baseline": { "type": "object", "additionalProperties": false, "properties": { "source": { "type": "string", "description": "A results folder, a pages data folder, or a git URL of the pages branch." }, "run": { "type": "string", "description": "A pinned run id." } }, "default": {} }, "accept": { "type": "array", "description": "Intended drops, accepted by a maintainer (read from the base branch's config).", "items": { "type": "object", "additionalProperties": false, "required": ["task", "reason"], "properties": { "task": { "type": "string" }, "model": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "until": { "type": "string", "format": "date" } } }, "default": [] }, "accept_label": { "type": "string", "default": "evalwarden:accept" } } };
var schema27 = { "type": "object", "additionalProperties": false, "properties": { "branch": { "type": "string", "default": "gh-pages" }, "outputs": { "enum": ["none", "head", "all"], "default": "head" }, "inputs": { "description": "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.", "enum": ["none", "head", "all"], "default": "none" }, "head_size": { "type": "integer", "minimum": 0, "maximum": 1e3, "default": 50 }, "redact": { "type": "array", "items": { "type": "string" }, "default": [] }, "retention": { "type": "object", "additionalProperties": false, "properties": { "pr_days": { "type": "integer", "minimum": 1, "default": 90 }, "drop_records_after_days": { "type": "integer", "minimum": 1, "default": 30 } }, "default": {} } } };
var schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "base_url", "model"], "properties": { "id": { "$ref": "#/definitions/id", "description": "The model's name in this config; runs are matched on it." }, "provider": { "enum": ["openai-compatible", "openai"], "default": "openai-compatible" }, "base_url": { "type": "string", "pattern": "^https?://", "description": "e.g. http://127.0.0.1:8000/v1 for vLLM." }, "model": { "type": "string", "minLength": 1, "description": "The served model name (what /v1/models lists)." }, "api_key_env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Name of the environment variable that holds the API key. Keys are never written in the config." }, "role": { "enum": ["candidate", "reference", "training"], "default": "candidate" }, "step": { "type": "integer", "minimum": 0, "description": "Training step of a checkpoint (role: training)." }, "revision": { "type": "string", "minLength": 1, "description": "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too." }, "params": { "$ref": "#/definitions/params", "default": {} }, "system": { "type": "string", "description": "System prompt for every task that has none of its own." }, "api": { "enum": ["chat", "completions"], "default": "chat" }, "price": { "type": "object", "additionalProperties": false, "properties": { "input_per_mtok": { "type": "number", "minimum": 0, "default": 0 }, "output_per_mtok": { "type": "number", "minimum": 0, "default": 0 } }, "default": {} } } };
var schema13 = { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "description": "Letters, digits, '.', '_' and '-'; it becomes part of file names." };
var schema14 = { "type": "object", "additionalProperties": false, "properties": { "temperature": { "type": "number", "minimum": 0, "maximum": 2 }, "top_p": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "max_tokens": { "type": "integer", "minimum": 1 }, "seed": { "type": "integer" }, "stop": { "type": "array", "items": { "type": "string" }, "maxItems": 4 }, "extra_body": { "type": "object", "description": "Sent as is (e.g. vLLM's top_k)." } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = __runtime_0.default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern1 = new RegExp("^https?://", "u");
var pattern2 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      data.provider = "openai-compatible";
    }
    if (data.role === void 0) {
      data.role = "candidate";
    }
    if (data.params === void 0) {
      data.params = {};
    }
    if (data.api === void 0) {
      data.api = "chat";
    }
    if (data.price === void 0) {
      data.price = {};
    }
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.base_url === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base_url" }, message: "must have required property 'base_url'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    let data1 = data.provider;
    if (!(data1 === "openai-compatible" || data1 === "openai")) {
      const err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/enum", keyword: "enum", params: { allowedValues: schema12.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.provider.enum, parentSchema: schema12.properties.provider, data: data1 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.base_url !== void 0) {
      let data2 = data.base_url;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err7 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema12.properties.base_url, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/base_url", schemaPath: "#/properties/base_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.base_url.type, parentSchema: schema12.properties.base_url, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data3 = data.model;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err9 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.model, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.model.type, parentSchema: schema12.properties.model, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.api_key_env !== void 0) {
      let data4 = data.api_key_env;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err11 = { instancePath: instancePath + "/api_key_env", schemaPath: "#/properties/api_key_env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema12.properties.api_key_env, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/api_key_env", schemaPath: "#/properties/api_key_env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.api_key_env.type, parentSchema: schema12.properties.api_key_env, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    let data5 = data.role;
    if (!(data5 === "candidate" || data5 === "reference" || data5 === "training")) {
      const err13 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema12.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.role.enum, parentSchema: schema12.properties.role, data: data5 };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.step !== void 0) {
      let data6 = data.step;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
        const err14 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.step.type, parentSchema: schema12.properties.step, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number") {
        if (data6 < 0 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.step, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.revision !== void 0) {
      let data7 = data.revision;
      if (typeof data7 === "string") {
        if (func3(data7) < 1) {
          const err16 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.revision, data: data7 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/revision", schemaPath: "#/properties/revision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.revision.type, parentSchema: schema12.properties.revision, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    let data8 = data.params;
    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
      for (const key1 in data8) {
        if (!(key1 === "temperature" || key1 === "top_p" || key1 === "max_tokens" || key1 === "seed" || key1 === "stop" || key1 === "extra_body")) {
          const err18 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data8 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data8.temperature !== void 0) {
        let data9 = data8.temperature;
        if (typeof data9 == "number") {
          if (data9 > 2 || isNaN(data9)) {
            const err19 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema14.properties.temperature, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data9 < 0 || isNaN(data9)) {
            const err20 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema14.properties.temperature, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/params/temperature", schemaPath: "#/definitions/params/properties/temperature/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.temperature.type, parentSchema: schema14.properties.temperature, data: data9 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data8.top_p !== void 0) {
        let data10 = data8.top_p;
        if (typeof data10 == "number") {
          if (data10 > 1 || isNaN(data10)) {
            const err22 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema14.properties.top_p, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (data10 <= 0 || isNaN(data10)) {
            const err23 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14.properties.top_p, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        } else {
          const err24 = { instancePath: instancePath + "/params/top_p", schemaPath: "#/definitions/params/properties/top_p/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.top_p.type, parentSchema: schema14.properties.top_p, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (data8.max_tokens !== void 0) {
        let data11 = data8.max_tokens;
        if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
          const err25 = { instancePath: instancePath + "/params/max_tokens", schemaPath: "#/definitions/params/properties/max_tokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.max_tokens.type, parentSchema: schema14.properties.max_tokens, data: data11 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (typeof data11 == "number") {
          if (data11 < 1 || isNaN(data11)) {
            const err26 = { instancePath: instancePath + "/params/max_tokens", schemaPath: "#/definitions/params/properties/max_tokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.properties.max_tokens, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      }
      if (data8.seed !== void 0) {
        let data12 = data8.seed;
        if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
          const err27 = { instancePath: instancePath + "/params/seed", schemaPath: "#/definitions/params/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.seed.type, parentSchema: schema14.properties.seed, data: data12 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data8.stop !== void 0) {
        let data13 = data8.stop;
        if (Array.isArray(data13)) {
          if (data13.length > 4) {
            const err28 = { instancePath: instancePath + "/params/stop", schemaPath: "#/definitions/params/properties/stop/maxItems", keyword: "maxItems", params: { limit: 4 }, message: "must NOT have more than 4 items", schema: 4, parentSchema: schema14.properties.stop, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          const len0 = data13.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data14 = data13[i0];
            if (typeof data14 !== "string") {
              const err29 = { instancePath: instancePath + "/params/stop/" + i0, schemaPath: "#/definitions/params/properties/stop/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.stop.items.type, parentSchema: schema14.properties.stop.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        } else {
          const err30 = { instancePath: instancePath + "/params/stop", schemaPath: "#/definitions/params/properties/stop/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.stop.type, parentSchema: schema14.properties.stop, data: data13 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data8.extra_body !== void 0) {
        let data15 = data8.extra_body;
        if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
          const err31 = { instancePath: instancePath + "/params/extra_body", schemaPath: "#/definitions/params/properties/extra_body/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.extra_body.type, parentSchema: schema14.properties.extra_body, data: data15 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data8 };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.system !== void 0) {
      let data16 = data.system;
      if (typeof data16 !== "string") {
        const err33 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.system.type, parentSchema: schema12.properties.system, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    let data17 = data.api;
    if (!(data17 === "chat" || data17 === "completions")) {
      const err34 = { instancePath: instancePath + "/api", schemaPath: "#/properties/api/enum", keyword: "enum", params: { allowedValues: schema12.properties.api.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.api.enum, parentSchema: schema12.properties.api, data: data17 };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    let data18 = data.price;
    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
      if (data18.input_per_mtok === void 0) {
        data18.input_per_mtok = 0;
      }
      if (data18.output_per_mtok === void 0) {
        data18.output_per_mtok = 0;
      }
      for (const key2 in data18) {
        if (!(key2 === "input_per_mtok" || key2 === "output_per_mtok")) {
          const err35 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.price, data: data18 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      let data19 = data18.input_per_mtok;
      if (typeof data19 == "number") {
        if (data19 < 0 || isNaN(data19)) {
          const err36 = { instancePath: instancePath + "/price/input_per_mtok", schemaPath: "#/properties/price/properties/input_per_mtok/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.price.properties.input_per_mtok, data: data19 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/price/input_per_mtok", schemaPath: "#/properties/price/properties/input_per_mtok/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.price.properties.input_per_mtok.type, parentSchema: schema12.properties.price.properties.input_per_mtok, data: data19 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      let data20 = data18.output_per_mtok;
      if (typeof data20 == "number") {
        if (data20 < 0 || isNaN(data20)) {
          const err38 = { instancePath: instancePath + "/price/output_per_mtok", schemaPath: "#/properties/price/properties/output_per_mtok/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.price.properties.output_per_mtok, data: data20 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/price/output_per_mtok", schemaPath: "#/properties/price/properties/output_per_mtok/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.price.properties.output_per_mtok.type, parentSchema: schema12.properties.price.properties.output_per_mtok, data: data20 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    } else {
      const err40 = { instancePath: instancePath + "/price", schemaPath: "#/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.price.type, parentSchema: schema12.properties.price, data: data18 };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/id" }, "builtin": { "enum": ["gsm8k", "ifeval", "golden-math", "golden-reasoning", "golden-coding", "golden-hallucination", "golden-rag", "golden-instruction-following", "golden-safety"], "description": "Use a built-in task definition; fields written here override it." }, "description": { "type": "string" }, "dataset": { "$ref": "#/definitions/dataset" }, "fields": { "$ref": "#/definitions/fields", "default": {} }, "prompt": { "type": "string", "minLength": 1, "description": "Template; {{field}} is replaced by the row's field." }, "system": { "type": "string" }, "scorer": { "oneOf": [{ "type": "string" }, { "$ref": "#/definitions/scorer" }] }, "primary_metric": { "type": "string" }, "samples": { "type": "integer", "minimum": 1, "maximum": 64, "default": 1, "description": "mean@N: samples per item." }, "weight": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "quick_size": { "type": "integer", "minimum": 1, "description": "Items in the quick suite (stratified by category)." }, "category": { "type": "string", "minLength": 1, "description": "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices." }, "gate": { "$ref": "#/definitions/taskGate" } } };
var schema17 = { "type": "object", "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1, "description": "Relative to the config file." }, "url": { "type": "string", "pattern": "^(https?://|hf://datasets/)", "description": "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file." }, "sha256": { "type": "string", "pattern": "^[a-f0-9]{64}$" }, "format": { "enum": ["jsonl", "csv", "yaml", "json"] } }, "oneOf": [{ "required": ["path"], "not": { "required": ["url"] } }, { "required": ["url", "sha256"], "not": { "required": ["path"] } }] };
var schema18 = { "type": "object", "additionalProperties": false, "properties": { "id": { "type": "string", "default": "id" }, "input": { "type": "string", "default": "input" }, "target": { "type": "string", "default": "target" }, "category": { "type": "string", "default": "category" }, "cluster": { "type": "string", "default": "cluster" } } };
var schema19 = { "type": "object", "required": ["type"], "properties": { "type": { "type": "string" } } };
var schema20 = { "type": "object", "additionalProperties": false, "properties": { "max_drop": { "type": "number", "minimum": 0, "maximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "critical": { "type": "boolean" }, "min_items": { "type": "integer", "minimum": 1 }, "max_error_rate": { "type": "number", "minimum": 0, "maximum": 1 } } };
var pattern4 = new RegExp("^(https?://|hf://datasets/)", "u");
var pattern5 = new RegExp("^[a-f0-9]{64}$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.fields === void 0) {
      data.fields = {};
    }
    if (data.samples === void 0) {
      data.samples = 1;
    }
    if (data.weight === void 0) {
      data.weight = 1;
    }
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema15.required, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema15.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.builtin !== void 0) {
      let data1 = data.builtin;
      if (!(data1 === "gsm8k" || data1 === "ifeval" || data1 === "golden-math" || data1 === "golden-reasoning" || data1 === "golden-coding" || data1 === "golden-hallucination" || data1 === "golden-rag" || data1 === "golden-instruction-following" || data1 === "golden-safety")) {
        const err4 = { instancePath: instancePath + "/builtin", schemaPath: "#/properties/builtin/enum", keyword: "enum", params: { allowedValues: schema15.properties.builtin.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.builtin.enum, parentSchema: schema15.properties.builtin, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.description.type, parentSchema: schema15.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data3 = data.dataset;
      const _errs11 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs12 = errors;
      const _errs13 = errors;
      const _errs14 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        let missing0;
        if (data3.url === void 0 && (missing0 = "url")) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      var valid4 = _errs14 === errors;
      if (valid4) {
        const err7 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema17.oneOf[0].not, parentSchema: schema17.oneOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.path === void 0) {
          const err8 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/0/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema17.oneOf[0].required, parentSchema: schema17.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      var _valid0 = _errs12 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        let missing1;
        if (data3.path === void 0 && (missing1 = "path")) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      var valid5 = _errs17 === errors;
      if (valid5) {
        const err10 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema17.oneOf[1].not, parentSchema: schema17.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.url === void 0) {
          const err11 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema17.oneOf[1].required, parentSchema: schema17.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data3.sha256 === void 0) {
          const err12 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema17.oneOf[1].required, parentSchema: schema17.oneOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid0 = _errs15 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
        }
      }
      if (!valid3) {
        const err13 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema17.oneOf, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "path" || key1 === "url" || key1 === "sha256" || key1 === "format")) {
            const err14 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.path !== void 0) {
          let data4 = data3.path;
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err15 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/definitions/dataset/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.path, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/dataset/path", schemaPath: "#/definitions/dataset/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.path.type, parentSchema: schema17.properties.path, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.url !== void 0) {
          let data5 = data3.url;
          if (typeof data5 === "string") {
            if (!pattern4.test(data5)) {
              const err17 = { instancePath: instancePath + "/dataset/url", schemaPath: "#/definitions/dataset/properties/url/pattern", keyword: "pattern", params: { pattern: "^(https?://|hf://datasets/)" }, message: 'must match pattern "^(https?://|hf://datasets/)"', schema: "^(https?://|hf://datasets/)", parentSchema: schema17.properties.url, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/dataset/url", schemaPath: "#/definitions/dataset/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.url.type, parentSchema: schema17.properties.url, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.sha256 !== void 0) {
          let data6 = data3.sha256;
          if (typeof data6 === "string") {
            if (!pattern5.test(data6)) {
              const err19 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/definitions/dataset/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: 'must match pattern "^[a-f0-9]{64}$"', schema: "^[a-f0-9]{64}$", parentSchema: schema17.properties.sha256, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/definitions/dataset/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.sha256.type, parentSchema: schema17.properties.sha256, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data3.format !== void 0) {
          let data7 = data3.format;
          if (!(data7 === "jsonl" || data7 === "csv" || data7 === "yaml" || data7 === "json")) {
            const err21 = { instancePath: instancePath + "/dataset/format", schemaPath: "#/definitions/dataset/properties/format/enum", keyword: "enum", params: { allowedValues: schema17.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.format.enum, parentSchema: schema17.properties.format, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/dataset", schemaPath: "#/definitions/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data3 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    let data8 = data.fields;
    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
      if (data8.id === void 0) {
        data8.id = "id";
      }
      if (data8.input === void 0) {
        data8.input = "input";
      }
      if (data8.target === void 0) {
        data8.target = "target";
      }
      if (data8.category === void 0) {
        data8.category = "category";
      }
      if (data8.cluster === void 0) {
        data8.cluster = "cluster";
      }
      for (const key2 in data8) {
        if (!(key2 === "id" || key2 === "input" || key2 === "target" || key2 === "category" || key2 === "cluster")) {
          const err23 = { instancePath: instancePath + "/fields", schemaPath: "#/definitions/fields/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      let data9 = data8.id;
      if (typeof data9 !== "string") {
        const err24 = { instancePath: instancePath + "/fields/id", schemaPath: "#/definitions/fields/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.id.type, parentSchema: schema18.properties.id, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      let data10 = data8.input;
      if (typeof data10 !== "string") {
        const err25 = { instancePath: instancePath + "/fields/input", schemaPath: "#/definitions/fields/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.input.type, parentSchema: schema18.properties.input, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      let data11 = data8.target;
      if (typeof data11 !== "string") {
        const err26 = { instancePath: instancePath + "/fields/target", schemaPath: "#/definitions/fields/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.target.type, parentSchema: schema18.properties.target, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      let data12 = data8.category;
      if (typeof data12 !== "string") {
        const err27 = { instancePath: instancePath + "/fields/category", schemaPath: "#/definitions/fields/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.category.type, parentSchema: schema18.properties.category, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      let data13 = data8.cluster;
      if (typeof data13 !== "string") {
        const err28 = { instancePath: instancePath + "/fields/cluster", schemaPath: "#/definitions/fields/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.cluster.type, parentSchema: schema18.properties.cluster, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    } else {
      const err29 = { instancePath: instancePath + "/fields", schemaPath: "#/definitions/fields/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data8 };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (data.prompt !== void 0) {
      let data14 = data.prompt;
      if (typeof data14 === "string") {
        if (func3(data14) < 1) {
          const err30 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.prompt, data: data14 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/prompt", schemaPath: "#/properties/prompt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.prompt.type, parentSchema: schema15.properties.prompt, data: data14 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data15 = data.system;
      if (typeof data15 !== "string") {
        const err32 = { instancePath: instancePath + "/system", schemaPath: "#/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.system.type, parentSchema: schema15.properties.system, data: data15 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.scorer !== void 0) {
      let data16 = data.scorer;
      const _errs45 = errors;
      let valid9 = false;
      let passing1 = null;
      const _errs46 = errors;
      if (typeof data16 !== "string") {
        const err33 = { instancePath: instancePath + "/scorer", schemaPath: "#/properties/scorer/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.scorer.oneOf[0].type, parentSchema: schema15.properties.scorer.oneOf[0], data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid1 = _errs46 === errors;
      if (_valid1) {
        valid9 = true;
        passing1 = 0;
      }
      const _errs48 = errors;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.type === void 0) {
          const err34 = { instancePath: instancePath + "/scorer", schemaPath: "#/definitions/scorer/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.required, parentSchema: schema19, data: data16 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data16.type !== void 0) {
          let data17 = data16.type;
          if (typeof data17 !== "string") {
            const err35 = { instancePath: instancePath + "/scorer/type", schemaPath: "#/definitions/scorer/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.type.type, parentSchema: schema19.properties.type, data: data17 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/scorer", schemaPath: "#/definitions/scorer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      var _valid1 = _errs48 === errors;
      if (_valid1 && valid9) {
        valid9 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid9 = true;
          passing1 = 1;
        }
      }
      if (!valid9) {
        const err37 = { instancePath: instancePath + "/scorer", schemaPath: "#/properties/scorer/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema15.properties.scorer.oneOf, parentSchema: schema15.properties.scorer, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      } else {
        errors = _errs45;
        if (vErrors !== null) {
          if (_errs45) {
            vErrors.length = _errs45;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.primary_metric !== void 0) {
      let data18 = data.primary_metric;
      if (typeof data18 !== "string") {
        const err38 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.primary_metric.type, parentSchema: schema15.properties.primary_metric, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    let data19 = data.samples;
    if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
      const err39 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.samples.type, parentSchema: schema15.properties.samples, data: data19 };
      if (vErrors === null) {
        vErrors = [err39];
      } else {
        vErrors.push(err39);
      }
      errors++;
    }
    if (typeof data19 == "number") {
      if (data19 > 64 || isNaN(data19)) {
        const err40 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema15.properties.samples, data: data19 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data19 < 1 || isNaN(data19)) {
        const err41 = { instancePath: instancePath + "/samples", schemaPath: "#/properties/samples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.samples, data: data19 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    let data20 = data.weight;
    if (typeof data20 == "number") {
      if (data20 <= 0 || isNaN(data20)) {
        const err42 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15.properties.weight, data: data20 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    } else {
      const err43 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema15.properties.weight.type, parentSchema: schema15.properties.weight, data: data20 };
      if (vErrors === null) {
        vErrors = [err43];
      } else {
        vErrors.push(err43);
      }
      errors++;
    }
    if (data.quick_size !== void 0) {
      let data21 = data.quick_size;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
        const err44 = { instancePath: instancePath + "/quick_size", schemaPath: "#/properties/quick_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.quick_size.type, parentSchema: schema15.properties.quick_size, data: data21 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data21 == "number") {
        if (data21 < 1 || isNaN(data21)) {
          const err45 = { instancePath: instancePath + "/quick_size", schemaPath: "#/properties/quick_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.properties.quick_size, data: data21 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.category !== void 0) {
      let data22 = data.category;
      if (typeof data22 === "string") {
        if (func3(data22) < 1) {
          const err46 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.category, data: data22 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.category.type, parentSchema: schema15.properties.category, data: data22 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.gate !== void 0) {
      let data23 = data.gate;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        for (const key3 in data23) {
          if (!(key3 === "max_drop" || key3 === "alpha" || key3 === "critical" || key3 === "min_items" || key3 === "max_error_rate")) {
            const err48 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/taskGate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data23.max_drop !== void 0) {
          let data24 = data23.max_drop;
          if (typeof data24 == "number") {
            if (data24 > 1 || isNaN(data24)) {
              const err49 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.max_drop, data: data24 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data24 < 0 || isNaN(data24)) {
              const err50 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.max_drop, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/taskGate/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.max_drop.type, parentSchema: schema20.properties.max_drop, data: data24 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data23.alpha !== void 0) {
          let data25 = data23.alpha;
          if (typeof data25 == "number") {
            if (data25 > 0.5 || isNaN(data25)) {
              const err52 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema20.properties.alpha, data: data25 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data25 <= 0 || isNaN(data25)) {
              const err53 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20.properties.alpha, data: data25 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/taskGate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.alpha.type, parentSchema: schema20.properties.alpha, data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data23.critical !== void 0) {
          let data26 = data23.critical;
          if (typeof data26 !== "boolean") {
            const err55 = { instancePath: instancePath + "/gate/critical", schemaPath: "#/definitions/taskGate/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema20.properties.critical.type, parentSchema: schema20.properties.critical, data: data26 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data23.min_items !== void 0) {
          let data27 = data23.min_items;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
            const err56 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/taskGate/properties/min_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.min_items.type, parentSchema: schema20.properties.min_items, data: data27 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (typeof data27 == "number") {
            if (data27 < 1 || isNaN(data27)) {
              const err57 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/taskGate/properties/min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.min_items, data: data27 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        }
        if (data23.max_error_rate !== void 0) {
          let data28 = data23.max_error_rate;
          if (typeof data28 == "number") {
            if (data28 > 1 || isNaN(data28)) {
              const err58 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema20.properties.max_error_rate, data: data28 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28 < 0 || isNaN(data28)) {
              const err59 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema20.properties.max_error_rate, data: data28 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          } else {
            const err60 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/taskGate/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.properties.max_error_rate.type, parentSchema: schema20.properties.max_error_rate, data: data28 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/taskGate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data23 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema21 = { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string" }, "tasks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/id" }, "description": "Task ids; all tasks when left out." }, "size": { "description": "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.", "oneOf": [{ "enum": ["all", "quick"] }, { "type": "integer", "minimum": 1 }], "default": "all" }, "sequential": { "description": "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).", "type": "boolean", "default": false }, "looks": { "description": "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.", "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 1 }, "default": [50, 100, 150, 200, 250, 300, 400] }, "design_drop": { "description": "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (conditional power below futility_power).", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "default": 0.06 }, "futility_power": { "description": "A sequential task stops for futility when its conditional power for design_drop falls below this.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.3 } } };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.size === void 0) {
      data.size = "all";
    }
    if (data.sequential === void 0) {
      data.sequential = false;
    }
    if (data.looks === void 0) {
      data.looks = [50, 100, 150, 200, 250, 300, 400];
    }
    if (data.design_drop === void 0) {
      data.design_drop = 0.06;
    }
    if (data.futility_power === void 0) {
      data.futility_power = 0.3;
    }
    for (const key0 in data) {
      if (!(key0 === "description" || key0 === "tasks" || key0 === "size" || key0 === "sequential" || key0 === "looks" || key0 === "design_drop" || key0 === "futility_power")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.description.type, parentSchema: schema21.properties.description, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data1 = data.tasks;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err2 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.tasks, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err3 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/tasks/" + i0, schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.tasks.type, parentSchema: schema21.properties.tasks, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    let data3 = data.size;
    const _errs10 = errors;
    let valid4 = false;
    let passing0 = null;
    const _errs11 = errors;
    if (!(data3 === "all" || data3 === "quick")) {
      const err6 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema21.properties.size.oneOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.size.oneOf[0].enum, parentSchema: schema21.properties.size.oneOf[0], data: data3 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs11 === errors;
    if (_valid0) {
      valid4 = true;
      passing0 = 0;
    }
    const _errs12 = errors;
    if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
      const err7 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.size.oneOf[1].type, parentSchema: schema21.properties.size.oneOf[1], data: data3 };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (typeof data3 == "number") {
      if (data3 < 1 || isNaN(data3)) {
        const err8 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.size.oneOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    var _valid0 = _errs12 === errors;
    if (_valid0 && valid4) {
      valid4 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid4 = true;
        passing0 = 1;
      }
    }
    if (!valid4) {
      const err9 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema21.properties.size.oneOf, parentSchema: schema21.properties.size, data: data3 };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
    }
    let data4 = data.sequential;
    if (typeof data4 !== "boolean") {
      const err10 = { instancePath: instancePath + "/sequential", schemaPath: "#/properties/sequential/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.sequential.type, parentSchema: schema21.properties.sequential, data: data4 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data5 = data.looks;
    if (Array.isArray(data5)) {
      if (data5.length < 1) {
        const err11 = { instancePath: instancePath + "/looks", schemaPath: "#/properties/looks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema21.properties.looks, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      const len1 = data5.length;
      for (let i1 = 0; i1 < len1; i1++) {
        let data6 = data5[i1];
        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
          const err12 = { instancePath: instancePath + "/looks/" + i1, schemaPath: "#/properties/looks/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.looks.items.type, parentSchema: schema21.properties.looks.items, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (typeof data6 == "number") {
          if (data6 < 1 || isNaN(data6)) {
            const err13 = { instancePath: instancePath + "/looks/" + i1, schemaPath: "#/properties/looks/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.looks.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    } else {
      const err14 = { instancePath: instancePath + "/looks", schemaPath: "#/properties/looks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema21.properties.looks.type, parentSchema: schema21.properties.looks, data: data5 };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    let data7 = data.design_drop;
    if (typeof data7 == "number") {
      if (data7 > 1 || isNaN(data7)) {
        const err15 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema21.properties.design_drop, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data7 <= 0 || isNaN(data7)) {
        const err16 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema21.properties.design_drop, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    } else {
      const err17 = { instancePath: instancePath + "/design_drop", schemaPath: "#/properties/design_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.design_drop.type, parentSchema: schema21.properties.design_drop, data: data7 };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    let data8 = data.futility_power;
    if (typeof data8 == "number") {
      if (data8 > 1 || isNaN(data8)) {
        const err18 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema21.properties.futility_power, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data8 < 0 || isNaN(data8)) {
        const err19 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.futility_power, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    } else {
      const err20 = { instancePath: instancePath + "/futility_power", schemaPath: "#/properties/futility_power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.futility_power.type, parentSchema: schema21.properties.futility_power, data: data8 };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema25 = { "type": "object", "additionalProperties": false, "required": ["model"], "properties": { "model": { "$ref": "#/definitions/id", "description": "Id of a model in `models` that judges." }, "rubric": { "type": "string" }, "max_score": { "type": "number", "exclusiveMinimum": 0, "default": 10 }, "rejudge_baseline": { "type": "boolean", "default": true, "description": "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)." } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.max_score === void 0) {
      data.max_score = 10;
    }
    if (data.rejudge_baseline === void 0) {
      data.rejudge_baseline = true;
    }
    if (data.model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "model" || key0 === "rubric" || key0 === "max_score" || key0 === "rejudge_baseline")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data0 = data.model;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err2 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/model", schemaPath: "#/definitions/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data1 = data.rubric;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.rubric.type, parentSchema: schema25.properties.rubric, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    let data2 = data.max_score;
    if (typeof data2 == "number") {
      if (data2 <= 0 || isNaN(data2)) {
        const err5 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema25.properties.max_score, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    } else {
      const err6 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema25.properties.max_score.type, parentSchema: schema25.properties.max_score, data: data2 };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    let data3 = data.rejudge_baseline;
    if (typeof data3 !== "boolean") {
      const err7 = { instancePath: instancePath + "/rejudge_baseline", schemaPath: "#/properties/rejudge_baseline/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.rejudge_baseline.type, parentSchema: schema25.properties.rejudge_baseline, data: data3 };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var pattern6 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
var func0 = __runtime_1.default;
var formats0 = /^\d{4}-\d{2}-\d{2}$/;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      data.version = 1;
    }
    if (data.suites === void 0) {
      data.suites = {};
    }
    if (data.run === void 0) {
      data.run = {};
    }
    if (data.gate === void 0) {
      data.gate = {};
    }
    if (data.publish === void 0) {
      data.publish = {};
    }
    if (data.models === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.tasks === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tasks" }, message: "must have required property 'tasks'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "models" || key0 === "tasks" || key0 === "suites" || key0 === "run" || key0 === "gate" || key0 === "judge" || key0 === "publish")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    let data0 = data.version;
    if (1 !== data0) {
      const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.models !== void 0) {
      let data1 = data.models;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err4 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.models, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data1[i0], { instancePath: instancePath + "/models/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.models.type, parentSchema: schema11.properties.models, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.tasks !== void 0) {
      let data3 = data.tasks;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err6 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.tasks, data: data3 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data3[i1], { instancePath: instancePath + "/tasks/" + i1, parentData: data3, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tasks.type, parentSchema: schema11.properties.tasks, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    let data5 = data.suites;
    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
      for (const key1 in data5) {
        const _errs11 = errors;
        if (typeof key1 === "string") {
          if (!pattern6.test(key1)) {
            const err8 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema11.properties.suites.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var valid5 = _errs11 === errors;
        if (!valid5) {
          const err9 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.suites.propertyNames, parentSchema: schema11.properties.suites, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      for (const key2 in data5) {
        if (!validate15(data5[key2], { instancePath: instancePath + "/suites/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData })) {
          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err10 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.suites.type, parentSchema: schema11.properties.suites, data: data5 };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    let data7 = data.run;
    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
      if (data7.concurrency === void 0) {
        data7.concurrency = "auto";
      }
      if (data7.timeout_ms === void 0) {
        data7.timeout_ms = 12e4;
      }
      if (data7.max_retries === void 0) {
        data7.max_retries = 6;
      }
      if (data7.seed === void 0) {
        data7.seed = 0;
      }
      if (data7.default_quick_size === void 0) {
        data7.default_quick_size = 50;
      }
      if (data7.cache === void 0) {
        data7.cache = {};
      }
      for (const key3 in data7) {
        if (!(key3 === "concurrency" || key3 === "rps" || key3 === "timeout_ms" || key3 === "max_retries" || key3 === "max_cost" || key3 === "seed" || key3 === "default_quick_size" || key3 === "cache")) {
          const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data: data7 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      let data8 = data7.concurrency;
      const _errs19 = errors;
      let valid9 = false;
      let passing0 = null;
      const _errs20 = errors;
      if ("auto" !== data8) {
        const err12 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema23.properties.concurrency.oneOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      if (_valid0) {
        valid9 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
        const err13 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.concurrency.oneOf[1].type, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data8 == "number") {
        if (data8 > 4096 || isNaN(data8)) {
          const err14 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data8 < 1 || isNaN(data8)) {
          const err15 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.concurrency.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid9) {
        valid9 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid9 = true;
          passing0 = 1;
        }
      }
      if (!valid9) {
        const err16 = { instancePath: instancePath + "/run/concurrency", schemaPath: "#/definitions/run/properties/concurrency/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema23.properties.concurrency.oneOf, parentSchema: schema23.properties.concurrency, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
      if (data7.rps !== void 0) {
        let data9 = data7.rps;
        if (typeof data9 == "number") {
          if (data9 <= 0 || isNaN(data9)) {
            const err17 = { instancePath: instancePath + "/run/rps", schemaPath: "#/definitions/run/properties/rps/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.rps, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = { instancePath: instancePath + "/run/rps", schemaPath: "#/definitions/run/properties/rps/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.rps.type, parentSchema: schema23.properties.rps, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      let data10 = data7.timeout_ms;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
        const err19 = { instancePath: instancePath + "/run/timeout_ms", schemaPath: "#/definitions/run/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.timeout_ms.type, parentSchema: schema23.properties.timeout_ms, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 < 100 || isNaN(data10)) {
          const err20 = { instancePath: instancePath + "/run/timeout_ms", schemaPath: "#/definitions/run/properties/timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100", schema: 100, parentSchema: schema23.properties.timeout_ms, data: data10 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      let data11 = data7.max_retries;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
        const err21 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.max_retries.type, parentSchema: schema23.properties.max_retries, data: data11 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data11 == "number") {
        if (data11 > 20 || isNaN(data11)) {
          const err22 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema23.properties.max_retries, data: data11 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err23 = { instancePath: instancePath + "/run/max_retries", schemaPath: "#/definitions/run/properties/max_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.max_retries, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      if (data7.max_cost !== void 0) {
        let data12 = data7.max_cost;
        if (typeof data12 == "number") {
          if (data12 <= 0 || isNaN(data12)) {
            const err24 = { instancePath: instancePath + "/run/max_cost", schemaPath: "#/definitions/run/properties/max_cost/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.max_cost, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        } else {
          const err25 = { instancePath: instancePath + "/run/max_cost", schemaPath: "#/definitions/run/properties/max_cost/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.max_cost.type, parentSchema: schema23.properties.max_cost, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      let data13 = data7.seed;
      if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
        const err26 = { instancePath: instancePath + "/run/seed", schemaPath: "#/definitions/run/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.seed.type, parentSchema: schema23.properties.seed, data: data13 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      let data14 = data7.default_quick_size;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
        const err27 = { instancePath: instancePath + "/run/default_quick_size", schemaPath: "#/definitions/run/properties/default_quick_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.default_quick_size.type, parentSchema: schema23.properties.default_quick_size, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data14 == "number") {
        if (data14 < 1 || isNaN(data14)) {
          const err28 = { instancePath: instancePath + "/run/default_quick_size", schemaPath: "#/definitions/run/properties/default_quick_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.default_quick_size, data: data14 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      let data15 = data7.cache;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.enabled === void 0) {
          data15.enabled = true;
        }
        if (data15.dir === void 0) {
          data15.dir = ".evalwarden/cache";
        }
        if (data15.max_age_hours === void 0) {
          data15.max_age_hours = 168;
        }
        if (data15.canaries === void 0) {
          data15.canaries = 32;
        }
        for (const key4 in data15) {
          if (!(key4 === "enabled" || key4 === "dir" || key4 === "max_age_hours" || key4 === "canaries")) {
            const err29 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23.properties.cache, data: data15 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        let data16 = data15.enabled;
        if (typeof data16 !== "boolean") {
          const err30 = { instancePath: instancePath + "/run/cache/enabled", schemaPath: "#/definitions/run/properties/cache/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.cache.properties.enabled.type, parentSchema: schema23.properties.cache.properties.enabled, data: data16 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        let data17 = data15.dir;
        if (typeof data17 !== "string") {
          const err31 = { instancePath: instancePath + "/run/cache/dir", schemaPath: "#/definitions/run/properties/cache/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.cache.properties.dir.type, parentSchema: schema23.properties.cache.properties.dir, data: data17 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        let data18 = data15.max_age_hours;
        if (typeof data18 == "number") {
          if (data18 <= 0 || isNaN(data18)) {
            const err32 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        } else {
          const err33 = { instancePath: instancePath + "/run/cache/max_age_hours", schemaPath: "#/definitions/run/properties/cache/properties/max_age_hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.properties.cache.properties.max_age_hours.type, parentSchema: schema23.properties.cache.properties.max_age_hours, data: data18 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        let data19 = data15.canaries;
        if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
          const err34 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.cache.properties.canaries.type, parentSchema: schema23.properties.cache.properties.canaries, data: data19 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (typeof data19 == "number") {
          if (data19 < 1 || isNaN(data19)) {
            const err35 = { instancePath: instancePath + "/run/cache/canaries", schemaPath: "#/definitions/run/properties/cache/properties/canaries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.cache.properties.canaries, data: data19 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/run/cache", schemaPath: "#/definitions/run/properties/cache/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.properties.cache.type, parentSchema: schema23.properties.cache, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    } else {
      const err37 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data7 };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    let data20 = data.gate;
    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
      if (data20.max_drop === void 0) {
        data20.max_drop = 0.02;
      }
      if (data20.alpha === void 0) {
        data20.alpha = 0.05;
      }
      if (data20.min_items === void 0) {
        data20.min_items = 20;
      }
      if (data20.max_error_rate === void 0) {
        data20.max_error_rate = 0.05;
      }
      if (data20.correction === void 0) {
        data20.correction = "holm";
      }
      if (data20.paired_test === void 0) {
        data20.paired_test = "auto";
      }
      if (data20.fail_on === void 0) {
        data20.fail_on = ["regression", "error"];
      }
      if (data20.baseline === void 0) {
        data20.baseline = {};
      }
      if (data20.accept === void 0) {
        data20.accept = [];
      }
      if (data20.accept_label === void 0) {
        data20.accept_label = "evalwarden:accept";
      }
      for (const key5 in data20) {
        if (!func2.call(schema24.properties, key5)) {
          const err38 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data20 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      let data21 = data20.max_drop;
      if (typeof data21 == "number") {
        if (data21 > 1 || isNaN(data21)) {
          const err39 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_drop, data: data21 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data21 < 0 || isNaN(data21)) {
          const err40 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_drop, data: data21 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/gate/max_drop", schemaPath: "#/definitions/gate/properties/max_drop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_drop.type, parentSchema: schema24.properties.max_drop, data: data21 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      let data22 = data20.alpha;
      if (typeof data22 == "number") {
        if (data22 > 0.5 || isNaN(data22)) {
          const err42 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema24.properties.alpha, data: data22 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data22 <= 0 || isNaN(data22)) {
          const err43 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema24.properties.alpha, data: data22 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/gate/alpha", schemaPath: "#/definitions/gate/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.alpha.type, parentSchema: schema24.properties.alpha, data: data22 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      let data23 = data20.min_items;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
        const err45 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.min_items.type, parentSchema: schema24.properties.min_items, data: data23 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      if (typeof data23 == "number") {
        if (data23 < 1 || isNaN(data23)) {
          const err46 = { instancePath: instancePath + "/gate/min_items", schemaPath: "#/definitions/gate/properties/min_items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.min_items, data: data23 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      let data24 = data20.max_error_rate;
      if (typeof data24 == "number") {
        if (data24 > 1 || isNaN(data24)) {
          const err47 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema24.properties.max_error_rate, data: data24 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data24 < 0 || isNaN(data24)) {
          const err48 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema24.properties.max_error_rate, data: data24 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/gate/max_error_rate", schemaPath: "#/definitions/gate/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.properties.max_error_rate.type, parentSchema: schema24.properties.max_error_rate, data: data24 };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
      let data25 = data20.correction;
      if (!(data25 === "holm" || data25 === "bh" || data25 === "none")) {
        const err50 = { instancePath: instancePath + "/gate/correction", schemaPath: "#/definitions/gate/properties/correction/enum", keyword: "enum", params: { allowedValues: schema24.properties.correction.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.correction.enum, parentSchema: schema24.properties.correction, data: data25 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      let data26 = data20.paired_test;
      if (!(data26 === "auto" || data26 === "t" || data26 === "bootstrap")) {
        const err51 = { instancePath: instancePath + "/gate/paired_test", schemaPath: "#/definitions/gate/properties/paired_test/enum", keyword: "enum", params: { allowedValues: schema24.properties.paired_test.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.paired_test.enum, parentSchema: schema24.properties.paired_test, data: data26 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      let data27 = data20.fail_on;
      if (Array.isArray(data27)) {
        const len2 = data27.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data28 = data27[i2];
          if (!(data28 === "regression" || data28 === "inconclusive" || data28 === "error" || data28 === "no-baseline")) {
            const err52 = { instancePath: instancePath + "/gate/fail_on/" + i2, schemaPath: "#/definitions/gate/properties/fail_on/items/enum", keyword: "enum", params: { allowedValues: schema24.properties.fail_on.items.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.fail_on.items.enum, parentSchema: schema24.properties.fail_on.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        let i3 = data27.length;
        let j0;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j0 = i3; j0--; ) {
              if (func0(data27[i3], data27[j0])) {
                const err53 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema24.properties.fail_on, data: data27 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/gate/fail_on", schemaPath: "#/definitions/gate/properties/fail_on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.fail_on.type, parentSchema: schema24.properties.fail_on, data: data27 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
      let data29 = data20.baseline;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key6 in data29) {
          if (!(key6 === "source" || key6 === "run")) {
            const err55 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.baseline, data: data29 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data29.source !== void 0) {
          let data30 = data29.source;
          if (typeof data30 !== "string") {
            const err56 = { instancePath: instancePath + "/gate/baseline/source", schemaPath: "#/definitions/gate/properties/baseline/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.source.type, parentSchema: schema24.properties.baseline.properties.source, data: data30 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29.run !== void 0) {
          let data31 = data29.run;
          if (typeof data31 !== "string") {
            const err57 = { instancePath: instancePath + "/gate/baseline/run", schemaPath: "#/definitions/gate/properties/baseline/properties/run/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.baseline.properties.run.type, parentSchema: schema24.properties.baseline.properties.run, data: data31 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/gate/baseline", schemaPath: "#/definitions/gate/properties/baseline/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.baseline.type, parentSchema: schema24.properties.baseline, data: data29 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      let data32 = data20.accept;
      if (Array.isArray(data32)) {
        const len3 = data32.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data33 = data32[i4];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.task === void 0) {
              const err59 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data33.reason === void 0) {
              const err60 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema24.properties.accept.items.required, parentSchema: schema24.properties.accept.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key7 in data33) {
              if (!(key7 === "task" || key7 === "model" || key7 === "reason" || key7 === "until")) {
                const err61 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.accept.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data33.task !== void 0) {
              let data34 = data33.task;
              if (typeof data34 !== "string") {
                const err62 = { instancePath: instancePath + "/gate/accept/" + i4 + "/task", schemaPath: "#/definitions/gate/properties/accept/items/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.task.type, parentSchema: schema24.properties.accept.items.properties.task, data: data34 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data33.model !== void 0) {
              let data35 = data33.model;
              if (typeof data35 !== "string") {
                const err63 = { instancePath: instancePath + "/gate/accept/" + i4 + "/model", schemaPath: "#/definitions/gate/properties/accept/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.model.type, parentSchema: schema24.properties.accept.items.properties.model, data: data35 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data33.reason !== void 0) {
              let data36 = data33.reason;
              if (typeof data36 === "string") {
                if (func3(data36) < 1) {
                  const err64 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.accept.items.properties.reason, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/gate/accept/" + i4 + "/reason", schemaPath: "#/definitions/gate/properties/accept/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.reason.type, parentSchema: schema24.properties.accept.items.properties.reason, data: data36 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data33.until !== void 0) {
              let data37 = data33.until;
              if (typeof data37 === "string") {
                if (!formats0.test(data37)) {
                  const err66 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema24.properties.accept.items.properties.until, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/gate/accept/" + i4 + "/until", schemaPath: "#/definitions/gate/properties/accept/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept.items.properties.until.type, parentSchema: schema24.properties.accept.items.properties.until, data: data37 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/gate/accept/" + i4, schemaPath: "#/definitions/gate/properties/accept/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.accept.items.type, parentSchema: schema24.properties.accept.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/gate/accept", schemaPath: "#/definitions/gate/properties/accept/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.accept.type, parentSchema: schema24.properties.accept, data: data32 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      let data38 = data20.accept_label;
      if (typeof data38 !== "string") {
        const err70 = { instancePath: instancePath + "/gate/accept_label", schemaPath: "#/definitions/gate/properties/accept_label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.accept_label.type, parentSchema: schema24.properties.accept_label, data: data38 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    } else {
      const err71 = { instancePath: instancePath + "/gate", schemaPath: "#/definitions/gate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data20 };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    if (data.judge !== void 0) {
      if (!validate17(data.judge, { instancePath: instancePath + "/judge", parentData: data, parentDataProperty: "judge", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    let data40 = data.publish;
    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
      if (data40.branch === void 0) {
        data40.branch = "gh-pages";
      }
      if (data40.outputs === void 0) {
        data40.outputs = "head";
      }
      if (data40.inputs === void 0) {
        data40.inputs = "none";
      }
      if (data40.head_size === void 0) {
        data40.head_size = 50;
      }
      if (data40.redact === void 0) {
        data40.redact = [];
      }
      if (data40.retention === void 0) {
        data40.retention = {};
      }
      for (const key8 in data40) {
        if (!(key8 === "branch" || key8 === "outputs" || key8 === "inputs" || key8 === "head_size" || key8 === "redact" || key8 === "retention")) {
          const err72 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data40 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
      let data41 = data40.branch;
      if (typeof data41 !== "string") {
        const err73 = { instancePath: instancePath + "/publish/branch", schemaPath: "#/definitions/publish/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.branch.type, parentSchema: schema27.properties.branch, data: data41 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      let data42 = data40.outputs;
      if (!(data42 === "none" || data42 === "head" || data42 === "all")) {
        const err74 = { instancePath: instancePath + "/publish/outputs", schemaPath: "#/definitions/publish/properties/outputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.outputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.outputs.enum, parentSchema: schema27.properties.outputs, data: data42 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
      let data43 = data40.inputs;
      if (!(data43 === "none" || data43 === "head" || data43 === "all")) {
        const err75 = { instancePath: instancePath + "/publish/inputs", schemaPath: "#/definitions/publish/properties/inputs/enum", keyword: "enum", params: { allowedValues: schema27.properties.inputs.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.inputs.enum, parentSchema: schema27.properties.inputs, data: data43 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      let data44 = data40.head_size;
      if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
        const err76 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.head_size.type, parentSchema: schema27.properties.head_size, data: data44 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      if (typeof data44 == "number") {
        if (data44 > 1e3 || isNaN(data44)) {
          const err77 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema27.properties.head_size, data: data44 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data44 < 0 || isNaN(data44)) {
          const err78 = { instancePath: instancePath + "/publish/head_size", schemaPath: "#/definitions/publish/properties/head_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.head_size, data: data44 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      }
      let data45 = data40.redact;
      if (Array.isArray(data45)) {
        const len4 = data45.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data46 = data45[i5];
          if (typeof data46 !== "string") {
            const err79 = { instancePath: instancePath + "/publish/redact/" + i5, schemaPath: "#/definitions/publish/properties/redact/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.redact.items.type, parentSchema: schema27.properties.redact.items, data: data46 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/publish/redact", schemaPath: "#/definitions/publish/properties/redact/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.redact.type, parentSchema: schema27.properties.redact, data: data45 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
      let data47 = data40.retention;
      if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
        if (data47.pr_days === void 0) {
          data47.pr_days = 90;
        }
        if (data47.drop_records_after_days === void 0) {
          data47.drop_records_after_days = 30;
        }
        for (const key9 in data47) {
          if (!(key9 === "pr_days" || key9 === "drop_records_after_days")) {
            const err81 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.retention, data: data47 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        let data48 = data47.pr_days;
        if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
          const err82 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.pr_days.type, parentSchema: schema27.properties.retention.properties.pr_days, data: data48 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (typeof data48 == "number") {
          if (data48 < 1 || isNaN(data48)) {
            const err83 = { instancePath: instancePath + "/publish/retention/pr_days", schemaPath: "#/definitions/publish/properties/retention/properties/pr_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.pr_days, data: data48 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        let data49 = data47.drop_records_after_days;
        if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
          const err84 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.retention.properties.drop_records_after_days.type, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data49 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (typeof data49 == "number") {
          if (data49 < 1 || isNaN(data49)) {
            const err85 = { instancePath: instancePath + "/publish/retention/drop_records_after_days", schemaPath: "#/definitions/publish/properties/retention/properties/drop_records_after_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.retention.properties.drop_records_after_days, data: data49 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/publish/retention", schemaPath: "#/definitions/publish/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.retention.type, parentSchema: schema27.properties.retention, data: data47 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    } else {
      const err87 = { instancePath: instancePath + "/publish", schemaPath: "#/definitions/publish/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data40 };
      if (vErrors === null) {
        vErrors = [err87];
      } else {
        vErrors.push(err87);
      }
      errors++;
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/scorer-options-validators.generated.js
var scorer_options_validators_generated_exports = {};
__export(scorer_options_validators_generated_exports, {
  choice: () => choice2,
  contains: () => contains2,
  exact: () => exact2,
  ifeval: () => ifeval3,
  json: () => json2,
  judge: () => judge2,
  numeric: () => numeric2,
  pairwise: () => pairwise2,
  regex: () => regex2
});
var __runtime_0_ns2 = __toESM(require_ucs2length(), 1);
var __runtime_02 = { default: typeof __runtime_0_ns2.default === "function" ? __runtime_0_ns2.default : __runtime_0_ns2.default.default };
var exact2 = validate102;
var schema112 = { "type": "object", "properties": { "case_sensitive": { "type": "boolean" }, "ignore_punctuation": { "type": "boolean" } }, "additionalProperties": false };
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "case_sensitive" || key0 === "ignore_punctuation")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data0 = data.case_sensitive;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.case_sensitive.type, parentSchema: schema112.properties.case_sensitive, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ignore_punctuation !== void 0) {
      let data1 = data.ignore_punctuation;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/ignore_punctuation", schemaPath: "#/properties/ignore_punctuation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.ignore_punctuation.type, parentSchema: schema112.properties.ignore_punctuation, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
var regex2 = validate112;
var schema122 = { "type": "object", "required": ["pattern"], "properties": { "pattern": { "type": "string", "minLength": 1 }, "flags": { "type": "string", "pattern": "^[imsu]*$" }, "group": { "oneOf": [{ "type": "integer", "minimum": 0 }, { "type": "string" }] }, "occurrence": { "enum": ["first", "last"] }, "case_sensitive": { "type": "boolean" } }, "additionalProperties": false };
var func22 = __runtime_02.default;
var pattern02 = new RegExp("^[imsu]*$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pattern === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "pattern" || key0 === "flags" || key0 === "group" || key0 === "occurrence" || key0 === "case_sensitive")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pattern !== void 0) {
      let data0 = data.pattern;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err2 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema122.properties.pattern, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.pattern.type, parentSchema: schema122.properties.pattern, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.flags !== void 0) {
      let data1 = data.flags;
      if (typeof data1 === "string") {
        if (!pattern02.test(data1)) {
          const err4 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/pattern", keyword: "pattern", params: { pattern: "^[imsu]*$" }, message: 'must match pattern "^[imsu]*$"', schema: "^[imsu]*$", parentSchema: schema122.properties.flags, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/flags", schemaPath: "#/properties/flags/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.flags.type, parentSchema: schema122.properties.flags, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data2 = data.group;
      const _errs7 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs8 = errors;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err6 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema122.properties.group.oneOf[0].type, parentSchema: schema122.properties.group.oneOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema122.properties.group.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs8 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema122.properties.group.oneOf[1].type, parentSchema: schema122.properties.group.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err9 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema122.properties.group.oneOf, parentSchema: schema122.properties.group, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.occurrence !== void 0) {
      let data3 = data.occurrence;
      if (!(data3 === "first" || data3 === "last")) {
        const err10 = { instancePath: instancePath + "/occurrence", schemaPath: "#/properties/occurrence/enum", keyword: "enum", params: { allowedValues: schema122.properties.occurrence.enum }, message: "must be equal to one of the allowed values", schema: schema122.properties.occurrence.enum, parentSchema: schema122.properties.occurrence, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data4 = data.case_sensitive;
      if (typeof data4 !== "boolean") {
        const err11 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema122.properties.case_sensitive.type, parentSchema: schema122.properties.case_sensitive, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema122.type, parentSchema: schema122, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate112.errors = vErrors;
  return errors === 0;
}
var numeric2 = validate12;
var schema132 = { "type": "object", "properties": { "tolerance": { "type": "number", "minimum": 0 }, "relative_tolerance": { "type": "number", "minimum": 0 }, "primary_metric": { "enum": ["strict_match", "flexible_extract"] } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "tolerance" || key0 === "relative_tolerance" || key0 === "primary_metric")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema132, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data0 = data.tolerance;
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema132.properties.tolerance, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema132.properties.tolerance.type, parentSchema: schema132.properties.tolerance, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.relative_tolerance !== void 0) {
      let data1 = data.relative_tolerance;
      if (typeof data1 == "number") {
        if (data1 < 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/relative_tolerance", schemaPath: "#/properties/relative_tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema132.properties.relative_tolerance, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/relative_tolerance", schemaPath: "#/properties/relative_tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema132.properties.relative_tolerance.type, parentSchema: schema132.properties.relative_tolerance, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data2 = data.primary_metric;
      if (!(data2 === "strict_match" || data2 === "flexible_extract")) {
        const err5 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/enum", keyword: "enum", params: { allowedValues: schema132.properties.primary_metric.enum }, message: "must be equal to one of the allowed values", schema: schema132.properties.primary_metric.enum, parentSchema: schema132.properties.primary_metric, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema132.type, parentSchema: schema132, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var choice2 = validate132;
var schema142 = { "type": "object", "properties": { "letters": { "type": "string", "pattern": "^[A-Z]{2,26}$" } }, "additionalProperties": false };
var pattern12 = new RegExp("^[A-Z]{2,26}$", "u");
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "letters")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema142, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.letters !== void 0) {
      let data0 = data.letters;
      if (typeof data0 === "string") {
        if (!pattern12.test(data0)) {
          const err1 = { instancePath: instancePath + "/letters", schemaPath: "#/properties/letters/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2,26}$" }, message: 'must match pattern "^[A-Z]{2,26}$"', schema: "^[A-Z]{2,26}$", parentSchema: schema142.properties.letters, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/letters", schemaPath: "#/properties/letters/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema142.properties.letters.type, parentSchema: schema142.properties.letters, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema142.type, parentSchema: schema142, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
var contains2 = validate14;
var schema152 = { "type": "object", "properties": { "case_sensitive": { "type": "boolean" }, "all": { "type": "boolean" } }, "additionalProperties": false };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "case_sensitive" || key0 === "all")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema152, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.case_sensitive !== void 0) {
      let data0 = data.case_sensitive;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/case_sensitive", schemaPath: "#/properties/case_sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema152.properties.case_sensitive.type, parentSchema: schema152.properties.case_sensitive, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.all !== void 0) {
      let data1 = data.all;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/all", schemaPath: "#/properties/all/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema152.properties.all.type, parentSchema: schema152.properties.all, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema152.type, parentSchema: schema152, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var json2 = validate152;
var schema16 = { "type": "object", "properties": { "schema": { "type": "object" }, "tool": { "type": "string", "minLength": 1 } }, "additionalProperties": false };
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "schema" || key0 === "tool")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data0 = data.schema;
      if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
        const err1 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.schema.type, parentSchema: schema16.properties.schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (typeof data1 === "string") {
        if (func22(data1) < 1) {
          const err2 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.tool, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.tool.type, parentSchema: schema16.properties.tool, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
var judge2 = validate16;
var schema172 = { "type": "object", "properties": { "rubric": { "type": "string", "minLength": 1 }, "max_score": { "type": "number", "exclusiveMinimum": 0 }, "judge_model": { "type": "string" } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "rubric" || key0 === "max_score" || key0 === "judge_model")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema172, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data0 = data.rubric;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err1 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema172.properties.rubric, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.rubric.type, parentSchema: schema172.properties.rubric, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.max_score !== void 0) {
      let data1 = data.max_score;
      if (typeof data1 == "number") {
        if (data1 <= 0 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema172.properties.max_score, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema172.properties.max_score.type, parentSchema: schema172.properties.max_score, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.judge_model !== void 0) {
      let data2 = data.judge_model;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/judge_model", schemaPath: "#/properties/judge_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema172.properties.judge_model.type, parentSchema: schema172.properties.judge_model, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema172.type, parentSchema: schema172, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var pairwise2 = validate172;
var schema182 = { "type": "object", "required": ["reference_model"], "properties": { "reference_model": { "type": "string", "minLength": 1 }, "rubric": { "type": "string", "minLength": 1 }, "judge_model": { "type": "string" }, "max_score": { "type": "number" } }, "additionalProperties": false };
function validate172(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reference_model === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reference_model" }, message: "must have required property 'reference_model'", schema: schema182.required, parentSchema: schema182, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "reference_model" || key0 === "rubric" || key0 === "judge_model" || key0 === "max_score")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema182, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reference_model !== void 0) {
      let data0 = data.reference_model;
      if (typeof data0 === "string") {
        if (func22(data0) < 1) {
          const err2 = { instancePath: instancePath + "/reference_model", schemaPath: "#/properties/reference_model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema182.properties.reference_model, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/reference_model", schemaPath: "#/properties/reference_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.reference_model.type, parentSchema: schema182.properties.reference_model, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rubric !== void 0) {
      let data1 = data.rubric;
      if (typeof data1 === "string") {
        if (func22(data1) < 1) {
          const err4 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema182.properties.rubric, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/rubric", schemaPath: "#/properties/rubric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.rubric.type, parentSchema: schema182.properties.rubric, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.judge_model !== void 0) {
      let data2 = data.judge_model;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/judge_model", schemaPath: "#/properties/judge_model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema182.properties.judge_model.type, parentSchema: schema182.properties.judge_model, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max_score !== void 0) {
      let data3 = data.max_score;
      if (!(typeof data3 == "number")) {
        const err7 = { instancePath: instancePath + "/max_score", schemaPath: "#/properties/max_score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema182.properties.max_score.type, parentSchema: schema182.properties.max_score, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema182.type, parentSchema: schema182, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
var ifeval3 = validate18;
var schema192 = { "type": "object", "properties": { "primary_metric": { "enum": ["prompt_level_strict", "inst_level_strict", "prompt_level_loose", "inst_level_loose"], "default": "prompt_level_strict" } }, "additionalProperties": false };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "primary_metric")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema192, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.primary_metric !== void 0) {
      let data0 = data.primary_metric;
      if (!(data0 === "prompt_level_strict" || data0 === "inst_level_strict" || data0 === "prompt_level_loose" || data0 === "inst_level_loose")) {
        const err1 = { instancePath: instancePath + "/primary_metric", schemaPath: "#/properties/primary_metric/enum", keyword: "enum", params: { allowedValues: schema192.properties.primary_metric.enum }, message: "must be equal to one of the allowed values", schema: schema192.properties.primary_metric.enum, parentSchema: schema192.properties.primary_metric, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema192.type, parentSchema: schema192, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}

// schemas/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://evalwarden.dev/schemas/config.schema.json",
  title: "evalwarden.yml",
  description: "What to evaluate, on which models, and what fails the job.",
  type: "object",
  additionalProperties: false,
  required: [
    "models",
    "tasks"
  ],
  properties: {
    version: {
      const: 1,
      default: 1,
      description: "Config format version."
    },
    models: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    },
    tasks: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/task"
      }
    },
    suites: {
      type: "object",
      description: "Named collections of tasks. `quick` and `full` exist even when not written: full = every task, quick = every task at its quick_size.",
      propertyNames: {
        pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
      },
      additionalProperties: {
        $ref: "#/definitions/suite"
      },
      default: {}
    },
    run: {
      $ref: "#/definitions/run",
      default: {}
    },
    gate: {
      $ref: "#/definitions/gate",
      default: {}
    },
    judge: {
      $ref: "#/definitions/judge"
    },
    publish: {
      $ref: "#/definitions/publish",
      default: {}
    }
  },
  definitions: {
    id: {
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
      description: "Letters, digits, '.', '_' and '-'; it becomes part of file names."
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "base_url",
        "model"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id",
          description: "The model's name in this config; runs are matched on it."
        },
        provider: {
          enum: [
            "openai-compatible",
            "openai"
          ],
          default: "openai-compatible"
        },
        base_url: {
          type: "string",
          pattern: "^https?://",
          description: "e.g. http://127.0.0.1:8000/v1 for vLLM."
        },
        model: {
          type: "string",
          minLength: 1,
          description: "The served model name (what /v1/models lists)."
        },
        api_key_env: {
          type: "string",
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          description: "Name of the environment variable that holds the API key. Keys are never written in the config."
        },
        role: {
          enum: [
            "candidate",
            "reference",
            "training"
          ],
          default: "candidate"
        },
        step: {
          type: "integer",
          minimum: 0,
          description: "Training step of a checkpoint (role: training)."
        },
        revision: {
          type: "string",
          minLength: 1,
          description: "What vouches for the weights behind the served name (a checkpoint digest, a commit, a hosted model's dated snapshot; ${VAR} works). It keys the response cache: cached replies are reused without canaries, sampled ones too."
        },
        params: {
          $ref: "#/definitions/params",
          default: {}
        },
        system: {
          type: "string",
          description: "System prompt for every task that has none of its own."
        },
        api: {
          enum: [
            "chat",
            "completions"
          ],
          default: "chat"
        },
        price: {
          type: "object",
          additionalProperties: false,
          properties: {
            input_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            },
            output_per_mtok: {
              type: "number",
              minimum: 0,
              default: 0
            }
          },
          default: {}
        }
      }
    },
    params: {
      type: "object",
      additionalProperties: false,
      properties: {
        temperature: {
          type: "number",
          minimum: 0,
          maximum: 2
        },
        top_p: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1
        },
        max_tokens: {
          type: "integer",
          minimum: 1
        },
        seed: {
          type: "integer"
        },
        stop: {
          type: "array",
          items: {
            type: "string"
          },
          maxItems: 4
        },
        extra_body: {
          type: "object",
          description: "Sent as is (e.g. vLLM's top_k)."
        }
      }
    },
    dataset: {
      type: "object",
      additionalProperties: false,
      properties: {
        path: {
          type: "string",
          minLength: 1,
          description: "Relative to the config file."
        },
        url: {
          type: "string",
          pattern: "^(https?://|hf://datasets/)",
          description: "Downloaded once into the cache and verified against sha256: an http(s) URL, or hf://datasets/OWNER/NAME/PATH@REVISION for a Hugging Face dataset file."
        },
        sha256: {
          type: "string",
          pattern: "^[a-f0-9]{64}$"
        },
        format: {
          enum: [
            "jsonl",
            "csv",
            "yaml",
            "json"
          ]
        }
      },
      oneOf: [
        {
          required: [
            "path"
          ],
          not: {
            required: [
              "url"
            ]
          }
        },
        {
          required: [
            "url",
            "sha256"
          ],
          not: {
            required: [
              "path"
            ]
          }
        }
      ]
    },
    fields: {
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          type: "string",
          default: "id"
        },
        input: {
          type: "string",
          default: "input"
        },
        target: {
          type: "string",
          default: "target"
        },
        category: {
          type: "string",
          default: "category"
        },
        cluster: {
          type: "string",
          default: "cluster"
        }
      }
    },
    scorer: {
      type: "object",
      required: [
        "type"
      ],
      properties: {
        type: {
          type: "string"
        }
      }
    },
    task: {
      type: "object",
      additionalProperties: false,
      required: [
        "id"
      ],
      properties: {
        id: {
          $ref: "#/definitions/id"
        },
        builtin: {
          enum: [
            "gsm8k",
            "ifeval",
            "golden-math",
            "golden-reasoning",
            "golden-coding",
            "golden-hallucination",
            "golden-rag",
            "golden-instruction-following",
            "golden-safety"
          ],
          description: "Use a built-in task definition; fields written here override it."
        },
        description: {
          type: "string"
        },
        dataset: {
          $ref: "#/definitions/dataset"
        },
        fields: {
          $ref: "#/definitions/fields",
          default: {}
        },
        prompt: {
          type: "string",
          minLength: 1,
          description: "Template; {{field}} is replaced by the row's field."
        },
        system: {
          type: "string"
        },
        scorer: {
          oneOf: [
            {
              type: "string"
            },
            {
              $ref: "#/definitions/scorer"
            }
          ]
        },
        primary_metric: {
          type: "string"
        },
        samples: {
          type: "integer",
          minimum: 1,
          maximum: 64,
          default: 1,
          description: "mean@N: samples per item."
        },
        weight: {
          type: "number",
          exclusiveMinimum: 0,
          default: 1
        },
        quick_size: {
          type: "integer",
          minimum: 1,
          description: "Items in the quick suite (stratified by category)."
        },
        category: {
          type: "string",
          minLength: 1,
          description: "The task's category on the dashboard (its heatmap groups tasks by it), e.g. math or safety. Not the per-item fields.category slices."
        },
        gate: {
          $ref: "#/definitions/taskGate"
        }
      }
    },
    suite: {
      type: "object",
      additionalProperties: false,
      properties: {
        description: {
          type: "string"
        },
        tasks: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/id"
          },
          description: "Task ids; all tasks when left out."
        },
        size: {
          description: "`all`, `quick` (each task's quick_size, else default_quick_size) or a number of items per task.",
          oneOf: [
            {
              enum: [
                "all",
                "quick"
              ]
            },
            {
              type: "integer",
              minimum: 1
            }
          ],
          default: "all"
        },
        sequential: {
          description: "Gate this suite in looks: each task's items in a fixed seeded stratified order, compared after growing prefixes; a task stops when its answer is clear (docs/gate.md).",
          type: "boolean",
          default: false
        },
        looks: {
          description: "Items per task at each look of a sequential suite, increasing; the task's full set is always the last look. The first is the quick draw.",
          type: "array",
          minItems: 1,
          items: { type: "integer", minimum: 1 },
          default: [50, 100, 150, 200, 250, 300, 400]
        },
        design_drop: {
          description: "The drop a sequential suite is powered for: a task stops for futility once this drop is ruled out (conditional power below futility_power).",
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          default: 0.06
        },
        futility_power: {
          description: "A sequential task stops for futility when its conditional power for design_drop falls below this.",
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.3
        }
      }
    },
    run: {
      type: "object",
      additionalProperties: false,
      properties: {
        concurrency: {
          description: "Requests in flight per endpoint: a number, or `auto` to find the server's capacity.",
          oneOf: [
            {
              const: "auto"
            },
            {
              type: "integer",
              minimum: 1,
              maximum: 4096
            }
          ],
          default: "auto"
        },
        rps: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Global limit of requests started per second."
        },
        timeout_ms: {
          type: "integer",
          minimum: 100,
          default: 12e4
        },
        max_retries: {
          type: "integer",
          minimum: 0,
          maximum: 20,
          default: 6
        },
        max_cost: {
          type: "number",
          exclusiveMinimum: 0,
          description: "Budget in the price unit: no call starts once reached."
        },
        seed: {
          type: "integer",
          default: 0,
          description: "Seed for item sampling."
        },
        default_quick_size: {
          type: "integer",
          minimum: 1,
          default: 50
        },
        cache: {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: {
              type: "boolean",
              default: true
            },
            dir: {
              type: "string",
              default: ".evalwarden/cache"
            },
            max_age_hours: {
              type: "number",
              exclusiveMinimum: 0,
              default: 168
            },
            canaries: {
              type: "integer",
              minimum: 1,
              default: 32,
              description: "Cached temperature-0 prompts asked again live (longest replies first) before a model without a revision may reuse the cache; one difference turns the cache off for that model in that run."
            }
          },
          default: {}
        }
      }
    },
    taskGate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5
        },
        critical: {
          type: "boolean"
        },
        min_items: {
          type: "integer",
          minimum: 1
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1
        }
      }
    },
    gate: {
      type: "object",
      additionalProperties: false,
      properties: {
        max_drop: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.02
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 0.5,
          default: 0.05
        },
        min_items: {
          type: "integer",
          minimum: 1,
          default: 20
        },
        max_error_rate: {
          type: "number",
          minimum: 0,
          maximum: 1,
          default: 0.05
        },
        correction: {
          enum: [
            "holm",
            "bh",
            "none"
          ],
          default: "holm"
        },
        paired_test: {
          enum: [
            "auto",
            "t",
            "bootstrap"
          ],
          default: "auto",
          description: "auto: exact McNemar for 0/1 scores, paired t otherwise."
        },
        fail_on: {
          type: "array",
          items: {
            enum: [
              "regression",
              "inconclusive",
              "error",
              "no-baseline"
            ]
          },
          uniqueItems: true,
          default: [
            "regression",
            "error"
          ]
        },
        baseline: {
          type: "object",
          additionalProperties: false,
          properties: {
            source: {
              type: "string",
              description: "A results folder, a pages data folder, or a git URL of the pages branch."
            },
            run: {
              type: "string",
              description: "A pinned run id."
            }
          },
          default: {}
        },
        accept: {
          type: "array",
          description: "Intended drops, accepted by a maintainer (read from the base branch's config).",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "task",
              "reason"
            ],
            properties: {
              task: {
                type: "string"
              },
              model: {
                type: "string"
              },
              reason: {
                type: "string",
                minLength: 1
              },
              until: {
                type: "string",
                format: "date"
              }
            }
          },
          default: []
        },
        accept_label: {
          type: "string",
          default: "evalwarden:accept"
        }
      }
    },
    judge: {
      type: "object",
      additionalProperties: false,
      required: [
        "model"
      ],
      properties: {
        model: {
          $ref: "#/definitions/id",
          description: "Id of a model in `models` that judges."
        },
        rubric: {
          type: "string"
        },
        max_score: {
          type: "number",
          exclusiveMinimum: 0,
          default: 10
        },
        rejudge_baseline: {
          type: "boolean",
          default: true,
          description: "Judge the baseline's stored outputs again in this run, so both sides meet the same judge (a hosted judge can change behind the same name)."
        }
      }
    },
    publish: {
      type: "object",
      additionalProperties: false,
      properties: {
        branch: {
          type: "string",
          default: "gh-pages"
        },
        outputs: {
          enum: [
            "none",
            "head",
            "all"
          ],
          default: "head"
        },
        inputs: {
          description: "Which published examples carry the rendered input (messages) and the target: none, the samples head, or all records. Pages sites are often public: inputs and targets of a private golden set become public with head or all.",
          enum: [
            "none",
            "head",
            "all"
          ],
          default: "none"
        },
        head_size: {
          type: "integer",
          minimum: 0,
          maximum: 1e3,
          default: 50
        },
        redact: {
          type: "array",
          items: {
            type: "string"
          },
          default: []
        },
        retention: {
          type: "object",
          additionalProperties: false,
          properties: {
            pr_days: {
              type: "integer",
              minimum: 1,
              default: 90
            },
            drop_records_after_days: {
              type: "integer",
              minimum: 1,
              default: 30
            }
          },
          default: {}
        }
      }
    }
  }
};

// src/config/coerce.ts
var ROOT = config_schema_default;
function coerceInterpolated(data, pointers) {
  for (const pointer of pointers) {
    const keys = pointer.split("/").slice(1);
    const types = typesAt(keys);
    if (types.has("string") || types.size === 0) continue;
    const parent = keys.slice(0, -1).reduce((node, key) => node?.[key], data);
    const last = keys.at(-1);
    if (last === void 0 || typeof parent !== "object" || parent === null) continue;
    const holder = parent;
    const coerced = coerce(holder[last], types);
    if (coerced !== void 0) holder[last] = coerced;
  }
  return data;
}
function coerce(value, types) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (types.has("boolean") && (text === "true" || text === "false")) return text === "true";
  if (!types.has("number") && !types.has("integer")) return void 0;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return void 0;
  const number = Number(text);
  if (!Number.isFinite(number)) return void 0;
  return types.has("number") || Number.isInteger(number) ? number : void 0;
}
function typesAt(keys) {
  let nodes = [ROOT];
  for (const key of keys) {
    nodes = nodes.flatMap(expand).flatMap((node) => {
      if (/^\d+$/.test(key) && node.items) return [node.items];
      const property = node.properties?.[key];
      if (property) return [property];
      return typeof node.additionalProperties === "object" ? [node.additionalProperties] : [];
    });
  }
  const types = /* @__PURE__ */ new Set();
  for (const node of nodes.flatMap(expand)) {
    for (const type of [node.type ?? []].flat()) types.add(type);
  }
  return types;
}
function expand(node) {
  if (node.$ref) {
    const name = node.$ref.replace("#/definitions/", "");
    const target = ROOT.definitions?.[name];
    return target ? expand(target) : [];
  }
  const alternatives = [...node.oneOf ?? [], ...node.anyOf ?? []];
  return [node, ...alternatives.flatMap(expand)];
}

// src/config/interpolate.ts
var MissingVariable = class extends Error {
  constructor(pointer, variable) {
    super(`environment variable ${variable} is not set`);
    this.pointer = pointer;
    this.variable = variable;
  }
  pointer;
  variable;
};
var REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function interpolate(value, env, pointer = "", interpolated = []) {
  if (typeof value === "string") {
    if (new RegExp(REFERENCE.source).test(value.split("$${").join(""))) interpolated.push(pointer);
    return value.split("$${").map(
      (part) => part.replace(REFERENCE, (_, name, fallback) => {
        const found = env[name];
        if (found !== void 0 && found !== "") return found;
        if (fallback !== void 0) return fallback;
        throw new MissingVariable(pointer, name);
      })
    ).join("${");
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, `${pointer}/${i}`, interpolated));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, interpolate(v, env, `${pointer}/${k}`, interpolated)])
    );
  }
  return value;
}

// src/config/positions.ts
var import_yaml2 = __toESM(require_dist(), 1);
function parseLocated(file, text) {
  const lines2 = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines2, prettyErrors: false, uniqueKeys: true });
  return { file, doc, lines: lines2 };
}
function locate(located, pointer, options = {}) {
  const segments = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  if (options.key && segments.length > 0) {
    const parent = segments.length === 1 ? located.doc.contents : located.doc.getIn(segments.slice(0, -1), true);
    const pair = (0, import_yaml2.isMap)(parent) ? parent.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === segments.at(-1)) : void 0;
    if (pair && (0, import_yaml2.isNode)(pair.key) && pair.key.range) return located.lines.linePos(pair.key.range[0]);
  }
  for (let depth = segments.length; depth >= 0; depth--) {
    const node = depth === 0 ? located.doc.contents : located.doc.getIn(segments.slice(0, depth), true);
    if ((0, import_yaml2.isNode)(node) && node.range) {
      const { line, col } = located.lines.linePos(node.range[0]);
      return { line, col };
    }
  }
  return void 0;
}
function readablePath(pointer) {
  return pointer.split("/").slice(1).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
}

// src/config/schema-errors.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function didYouMean(word, options) {
  const best = options.map((o) => ({ o, d: distance(word.toLowerCase(), o.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.o : void 0;
}
function pickError(errors) {
  const rank2 = (e) => ["oneOf", "anyOf", "if", "not"].includes(e.keyword) ? 1 : 0;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank2(a) - rank2(b))[0];
}
function errorPointer(error) {
  if (error.keyword === "additionalProperties")
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}
function describeError(error, schemaProperties) {
  const p = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const suggestion = schemaProperties && didYouMean(key, schemaProperties);
      return {
        message: `unknown property "${key}"${suggestion ? ` \u2014 did you mean "${suggestion}"?` : ""}`,
        hint: schemaProperties ? `allowed here: ${schemaProperties.join(", ")}` : void 0
      };
    }
    case "required":
      return { message: `missing required property "${String(p.missingProperty)}"` };
    case "enum":
      return {
        message: `must be one of: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`
      };
    case "const":
      return { message: `must be ${JSON.stringify(p.allowedValue)}` };
    case "type":
      return { message: `must be ${String(p.type)}` };
    case "pattern":
      return { message: `"${String(error.data)}" does not match ${String(p.pattern)}` };
    default:
      return { message: error.message ?? `fails the ${error.keyword} rule` };
  }
}
var SUMMARIES = ["oneOf", "anyOf", "if"];
function describeAlternatives(errors, picked) {
  const here = errors.filter((e) => e.instancePath === picked.instancePath && !SUMMARIES.includes(e.keyword));
  const excluded = here.filter((e) => e.keyword === "not").flatMap((e) => e.schema?.required ?? []);
  if (excluded.length > 1)
    return {
      message: `${[...new Set(excluded)].sort().map((k) => `"${k}"`).join(" and ")} exclude each other`,
      hint: "give one of them"
    };
  const allowed = [...new Set(here.filter((e) => e.keyword !== "not").map(allowedBy))];
  if (allowed.length < 2) return void 0;
  return { message: `must be ${allowed.join(" or ")}` };
}
function allowedBy(error) {
  const p = error.params;
  switch (error.keyword) {
    case "const":
      return JSON.stringify(p.allowedValue);
    case "enum":
      return p.allowedValues.map((v) => JSON.stringify(v)).join(" or ");
    case "type":
      return p.type === "integer" ? "a whole number" : `a ${String(p.type)}`;
    case "minimum":
      return `a number \u2265 ${String(p.limit)}`;
    case "exclusiveMinimum":
      return `a number > ${String(p.limit)}`;
    case "maximum":
      return `a number \u2264 ${String(p.limit)}`;
    default:
      return describeError(error).message.replace(/^must be /, "");
  }
}

// src/config/load.ts
var optionValidators = /* @__PURE__ */ new Map();
function optionsValidator(name, schema) {
  const precompiled = scorer_options_validators_generated_exports[name];
  if (precompiled) return precompiled;
  let validate2 = optionValidators.get(schema);
  if (!validate2) {
    validate2 = new import_ajv2.Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false }).compile(
      schema
    );
    optionValidators.set(schema, validate2);
  }
  return validate2;
}
function errorAt(located, pointer, message, hint, atKey = false) {
  const pos = locate(located, pointer, { key: atKey });
  return new ConfigError(
    { file: located.file, line: pos?.line, col: pos?.col, path: readablePath(pointer) || void 0 },
    message,
    { hint }
  );
}
function schemaError(located, errors, prefix = "") {
  const error = pickError(errors);
  const parentProps = error.parentSchema?.properties ? Object.keys(error.parentSchema.properties) : void 0;
  const { message, hint } = describeAlternatives(errors, error) ?? describeError(error, parentProps);
  return errorAt(
    located,
    prefix + errorPointer(error),
    message,
    hint,
    error.keyword === "additionalProperties"
  );
}
async function loadConfig(file, options) {
  const absolute = path7.resolve(file);
  let bytes;
  try {
    bytes = await readFile3(absolute);
  } catch (cause) {
    throw new ConfigError({ file }, "cannot read the config file", {
      cause,
      hint: "pass --config <path to evalwarden.yml>"
    });
  }
  const decoded = decodeUtf8(bytes);
  if (!("text" in decoded))
    throw new ConfigError(
      { file: displayPath(absolute), line: decoded.line, col: decoded.col },
      "the config is not UTF-8 text (a byte here is not valid UTF-8)",
      { hint: "save the file as UTF-8" }
    );
  const text = decoded.text;
  return parseConfig(text, { ...options, file: absolute, displayName: displayPath(absolute) });
}
function displayPath(absolute) {
  const relative = path7.relative(process.cwd(), absolute);
  return relative && !relative.startsWith("..") && !path7.isAbsolute(relative) ? relative : absolute;
}
function parseConfig(text, options) {
  const located = parseLocated(options.displayName ?? options.file, text);
  const yamlError = located.doc.errors[0];
  if (yamlError) {
    const { line, col } = located.lines.linePos(yamlError.pos[0]);
    throw new ConfigError(
      { file: located.file, line, col },
      `invalid YAML: ${yamlError.message.split("\n")[0]}`
    );
  }
  let data;
  try {
    const interpolated = [];
    data = coerceInterpolated(interpolate(located.doc.toJS(), options.env, "", interpolated), interpolated);
  } catch (error) {
    if (error instanceof MissingVariable) {
      throw errorAt(
        located,
        error.pointer,
        error.message,
        `set ${error.variable}, or write \${${error.variable}:-default}`
      );
    }
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      throw new ConfigError({ file: located.file }, `invalid YAML: ${error.message}`, {
        hint: "expand the aliases (*name) by hand: this many of them is refused as a resource attack"
      });
    throw error;
  }
  data = withBuiltinTaskFields(data);
  if (!validate(data)) throw schemaError(located, validate.errors ?? []);
  checkReferences(located, data);
  data.tasks.forEach((task, i) => checkScorer(located, task, i));
  return { config: data, file: options.file, dir: path7.dirname(options.file), hash: shortHash(data) };
}
function checkUnique(located, ids, what) {
  const seen = /* @__PURE__ */ new Set();
  ids.forEach((id, i) => {
    if (seen.has(id))
      throw errorAt(
        located,
        `/${what}/${i}/id`,
        `duplicate ${what.slice(0, -1)} id "${id}"`,
        "ids must be unique"
      );
    seen.add(id);
  });
}
function checkReferences(located, config) {
  checkUnique(
    located,
    config.models.map((m) => m.id),
    "models"
  );
  checkUnique(
    located,
    config.tasks.map((t) => t.id),
    "tasks"
  );
  const taskIds = config.tasks.map((t) => t.id);
  for (const [name, suite] of Object.entries(config.suites)) {
    suite.tasks?.forEach((id, i) => {
      if (!taskIds.includes(id)) {
        const guess = didYouMean(id, taskIds);
        throw errorAt(
          located,
          `/suites/${name}/tasks/${i}`,
          `unknown task "${id}"${guess ? ` \u2014 did you mean "${guess}"?` : ""}`,
          `tasks: ${taskIds.join(", ")}`
        );
      }
    });
  }
  const modelIds = config.models.map((m) => m.id);
  if (config.judge && !modelIds.includes(config.judge.model)) {
    throw errorAt(
      located,
      "/judge/model",
      `unknown model "${config.judge.model}"`,
      `models: ${modelIds.join(", ")}`
    );
  }
  config.models.forEach((m, i) => {
    if (m.role === "training" && m.step === void 0)
      throw errorAt(located, `/models/${i}`, "a training model needs its checkpoint `step`");
  });
  config.tasks.forEach((t, i) => {
    if (!t.builtin && !t.dataset)
      throw errorAt(located, `/tasks/${i}`, 'missing required property "dataset"', "or use a builtin task");
    if (!t.builtin && !t.scorer) throw errorAt(located, `/tasks/${i}`, 'missing required property "scorer"');
  });
}
function scorerConfig(task) {
  const scorer = task.scorer ?? "exact";
  return typeof scorer === "string" ? { type: scorer } : scorer;
}
function checkScorer(located, task, index) {
  if (!task.scorer) return;
  const pointer = typeof task.scorer === "string" ? `/tasks/${index}/scorer` : `/tasks/${index}/scorer/type`;
  const { type, ...options } = scorerConfig(task);
  const scorer = findScorer(type);
  if (!scorer) {
    const names = Object.keys(scorers);
    const guess = didYouMean(type, names);
    throw errorAt(
      located,
      pointer,
      `unknown scorer "${type}"${guess ? ` \u2014 did you mean "${guess}"?` : ""}`,
      `scorers: ${names.join(", ")}`
    );
  }
  const validate2 = optionsValidator(type, scorer.optionsSchema);
  if (!validate2(options)) throw schemaError(located, validate2.errors ?? [], `/tasks/${index}/scorer`);
  const problem = scorer.check?.(options);
  if (problem) throw errorAt(located, `/tasks/${index}/scorer`, problem);
  const metrics = scorer.metrics(options);
  if (task.primary_metric && !metrics.includes(task.primary_metric)) {
    throw errorAt(
      located,
      `/tasks/${index}/primary_metric`,
      `scorer ${type} reports no metric "${task.primary_metric}"`,
      `metrics: ${metrics.join(", ")}`
    );
  }
}
function withBuiltinTaskFields(data) {
  const tasks = data?.tasks;
  if (!Array.isArray(tasks)) return data;
  return { ...data, tasks: tasks.map(withBuiltinFields) };
}

export {
  require_ajv,
  stratifiedSample,
  sequentialOrder,
  resolveDatasetUrl,
  fetchPinnedDataset,
  readDataset,
  findScorer,
  resolveBuiltin,
  isScoreFailure,
  templateFields,
  fieldValue,
  renderTemplate,
  config_schema_default,
  parseLocated,
  locate,
  loadConfig,
  displayPath,
  parseConfig,
  scorerConfig
};
