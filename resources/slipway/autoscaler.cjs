#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// ../main/node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "../main/node_modules/ajv/dist/compile/codegen/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports2._CodeOrName = _CodeOrName;
    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports2.IDENTIFIER.test(s))
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
    exports2.Name = Name;
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
    exports2._Code = _Code;
    exports2.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports2._ = _;
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
    exports2.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports2.addCodeArg = addCodeArg;
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
    exports2.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify2(x) {
      return new _Code(safeStringify(x));
    }
    exports2.stringify = stringify2;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports2.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports2.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports2.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports2.regexpCode = regexpCode;
  }
});

// ../main/node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "../main/node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name2) {
        super(`CodeGen: "code" for ${name2} not defined`);
        this.value = name2.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));
    exports2.varKinds = {
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
    exports2.Scope = Scope;
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
    exports2.ValueScopeName = ValueScopeName;
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
        const name2 = this.toName(nameOrPrefix);
        const { prefix } = name2;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name2);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name2.setValue(value, { property: prefix, itemIndex });
        return name2;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name2) => {
          if (name2.scopePath === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return (0, code_1._)`${scopeName}${name2.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name2) => {
          if (name2.value === void 0)
            throw new Error(`CodeGen: name "${name2}" has no value`);
          return name2.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name2) => {
            if (nameSet.has(name2))
              return;
            nameSet.set(name2, UsedValueState.Started);
            let c = valueCode(name2);
            if (c) {
              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name2} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name2)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name2);
            }
            nameSet.set(name2, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports2.ValueScope = ValueScope;
  }
});

// ../main/node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "../main/node_modules/ajv/dist/compile/codegen/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports2.operators = {
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
      constructor(varKind, name2, rhs) {
        super();
        this.varKind = varKind;
        this.name = name2;
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
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
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
      constructor(varKind, name2, from, to) {
        super();
        this.varKind = varKind;
        this.name = name2;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name: name2, from, to } = this;
        return `for(${varKind} ${name2}=${from}; ${name2}<${to}; ${name2}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name2, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name2;
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
      constructor(name2, args, async) {
        super();
        this.name = name2;
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
      constructor(error2) {
        super();
        this.error = error2;
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
        const name2 = this._extScope.value(prefixOrName, value);
        const vs = this._values[name2.prefix] || (this._values[name2.prefix] = /* @__PURE__ */ new Set());
        vs.add(name2);
        return name2;
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
        const name2 = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name2.str] = rhs;
        this._leafNode(new Def(varKind, name2, rhs));
        return name2;
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
        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));
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
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name2, from, to), () => forBody(name2));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name2 = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name2, (0, code_1._)`${arr}[${i}]`);
            forBody(name2);
          });
        }
        return this._for(new ForIter("of", varKind, name2, iterable), () => forBody(name2));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name2 = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name2, obj), () => forBody(name2));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
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
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
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
      func(name2, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name2, args, async));
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
    exports2.CodeGen = CodeGen;
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
    exports2.not = not;
    var andCode = mappend(exports2.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports2.and = and;
    var orCode = mappend(exports2.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports2.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// ../main/node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "../main/node_modules/ajv/dist/compile/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports2.toHash = toHash;
    function alwaysValidSchema(it, schema2) {
      if (typeof schema2 == "boolean")
        return schema2;
      if (Object.keys(schema2).length === 0)
        return true;
      checkUnknownRules(it, schema2);
      return !schemaHasRules(schema2, it.self.RULES.all);
    }
    exports2.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema2 = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema2 === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema2) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports2.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema2, rules) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (rules[key])
          return true;
      return false;
    }
    exports2.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema2, RULES) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports2.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema2, keyword, $data) {
      if (!$data) {
        if (typeof schema2 == "number" || typeof schema2 == "boolean")
          return schema2;
        if (typeof schema2 == "string")
          return (0, codegen_1._)`${schema2}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports2.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports2.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports2.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports2.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports2.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports2.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports2.mergeEvaluated = {
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
    exports2.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports2.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports2.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports2.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports2.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports2.checkStrictMode = checkStrictMode;
  }
});

// ../main/node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "../main/node_modules/ajv/dist/compile/names.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = names;
  }
});

// ../main/node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "../main/node_modules/ajv/dist/compile/errors.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports2.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports2.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports2.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports2.reportError = reportError;
    function reportExtraError(cxt, error2 = exports2.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports2.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports2.resetErrorsCount = resetErrorsCount;
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
    exports2.extendErrors = extendErrors;
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
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
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

// ../main/node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema: schema2, validateName } = it;
      if (schema2 === false) {
        falseSchemaError(it, false);
      } else if (typeof schema2 == "object" && schema2.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema: schema2 } = it;
      if (schema2 === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports2.boolOrEmptySchema = boolOrEmptySchema;
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

// ../main/node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "../main/node_modules/ajv/dist/compile/rules.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getRules = exports2.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports2.isJSONType = isJSONType;
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
    exports2.getRules = getRules;
  }
});

// ../main/node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema: schema2, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema2, group);
    }
    exports2.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema2, group) {
      return group.rules.some((rule) => shouldUseRule(schema2, rule));
    }
    exports2.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema2, rule) {
      var _a;
      return schema2[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema2[kwd] !== void 0));
    }
    exports2.shouldUseRule = shouldUseRule;
  }
});

// ../main/node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports2.DataType = DataType = {}));
    function getSchemaTypes(schema2) {
      const types = getJSONTypes(schema2.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema2.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema2.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema2.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports2.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports2.getJSONTypes = getJSONTypes;
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
    exports2.coerceAndCheckDataType = coerceAndCheckDataType;
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
    exports2.checkDataType = checkDataType;
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
    exports2.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema: schema2 }) => `must be ${schema2}`,
      params: ({ schema: schema2, schemaValue }) => typeof schema2 == "string" ? (0, codegen_1._)`{type: ${schema2}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports2.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema: schema2 } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema2, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema2.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema2,
        params: {},
        it
      };
    }
  }
});

// ../main/node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assignDefaults = void 0;
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
    exports2.assignDefaults = assignDefaults;
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

// ../main/node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/code.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;
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
    exports2.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports2.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports2.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports2.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports2.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports2.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports2.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports2.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports2.schemaProperties = schemaProperties;
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
    exports2.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports2.usePattern = usePattern;
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
    exports2.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema: schema2, keyword, it } = cxt;
      if (!Array.isArray(schema2))
        throw new Error("ajv implementation error");
      const alwaysValid = schema2.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema2.forEach((_sch, i) => {
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
    exports2.validateUnion = validateUnion;
  }
});

// ../main/node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema: schema2, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema2, parentSchema, it);
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
    exports2.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema: schema2, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema2, parentSchema, it) : def.validate;
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
      function reportErrs(errors2) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors2);
      }
    }
    exports2.funcKeywordCode = funcKeywordCode;
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
    function validSchemaType(schema2, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema2) : st === "object" ? schema2 && typeof schema2 == "object" && !Array.isArray(schema2) : typeof schema2 == st || allowUndefined && typeof schema2 == "undefined");
    }
    exports2.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema: schema2, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema2, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema2[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports2.validateKeywordUsage = validateKeywordUsage;
  }
});

// ../main/node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema: schema2, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema2 !== void 0) {
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
      if (schema2 !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema: schema2,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports2.getSubschema = getSubschema;
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
    exports2.extendSubschemaData = extendSubschemaData;
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
    exports2.extendSubschemaMode = extendSubschemaMode;
  }
});

// ../main/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "../main/node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
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

// ../main/node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "../main/node_modules/json-schema-traverse/index.js"(exports2, module2) {
    "use strict";
    var traverse = module2.exports = function(schema2, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema2, "", schema2);
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
    function _traverse(opts, pre, post, schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema2 && typeof schema2 == "object" && !Array.isArray(schema2)) {
        pre(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema2) {
          var sch = schema2[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema2, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema2, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema2);
          }
        }
        post(schema2, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// ../main/node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "../main/node_modules/ajv/dist/compile/resolve.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;
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
    function inlineRef(schema2, limit = true) {
      if (typeof schema2 == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema2);
      if (!limit)
        return false;
      return countKeys(schema2) <= limit;
    }
    exports2.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema2) {
      for (const key in schema2) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema2[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema2) {
      let count = 0;
      for (const key in schema2) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema2[key] == "object") {
          (0, util_1.eachItem)(schema2[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports2.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports2._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports2.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports2.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema2, baseId) {
      if (typeof schema2 == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema2[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema2, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
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
    exports2.getSchemaRefs = getSchemaRefs;
  }
});

// ../main/node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "../main/node_modules/ajv/dist/compile/validate/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;
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
    exports2.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema: schema2, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema2, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema2, opts)).code(body));
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
      const { schema: schema2, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema2.$comment)
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
    function funcSourceUrl(schema2, opts) {
      const schId = typeof schema2 == "object" && schema2[opts.schemaId];
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
    function schemaCxtHasRules({ schema: schema2, self }) {
      if (typeof schema2 == "boolean")
        return !schema2;
      for (const key in schema2)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema: schema2, gen, opts } = it;
      if (opts.$comment && schema2.$comment)
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
      const { schema: schema2, errSchemaPath, opts, self } = it;
      if (schema2.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema2, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema: schema2, opts } = it;
      if (schema2.default !== void 0 && opts.useDefaults && opts.strictSchema) {
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
    function commentKeyword({ gen, schemaEnv, schema: schema2, errSchemaPath, opts }) {
      const msg = schema2.$comment;
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
      const { gen, schema: schema2, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema2.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema2, RULES))) {
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
        if (!(0, applicability_1.shouldUseGroup)(schema2, group))
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
      const { gen, schema: schema2, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema2, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
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
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
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
      setParams(obj, assign2) {
        if (assign2)
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
    exports2.KeywordCxt = KeywordCxt;
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
    exports2.getData = getData;
  }
});

// ../main/node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "../main/node_modules/ajv/dist/runtime/validation_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors2) {
        super("validation failed");
        this.errors = errors2;
        this.ajv = this.validation = true;
      }
    };
    exports2.default = ValidationError;
  }
});

// ../main/node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "../main/node_modules/ajv/dist/compile/ref_error.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports2.default = MissingRefError;
  }
});

// ../main/node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "../main/node_modules/ajv/dist/compile/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;
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
        let schema2;
        if (typeof env.schema == "object")
          schema2 = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema2 === null || schema2 === void 0 ? void 0 : schema2[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema2 === null || schema2 === void 0 ? void 0 : schema2.$async;
        this.refs = {};
      }
    };
    exports2.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
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
    exports2.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema2 = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema2)
          _sch = new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports2.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports2.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
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
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema: schema2 } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema2[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports2.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema: schema2, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema2 === "boolean")
          return;
        const partSchema = schema2[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema2 = partSchema;
        const schId = typeof schema2 === "object" && schema2[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema2 != "boolean" && schema2.$ref && !(0, util_1.schemaHasRulesButRef)(schema2, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema2.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema: schema2, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// ../main/node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "../main/node_modules/ajv/dist/refs/data.json"(exports2, module2) {
    module2.exports = {
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

// ../main/node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "../main/node_modules/fast-uri/lib/utils.js"(exports2, module2) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv42 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS2 = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS2[i >> 4] + HEX_DIGITS2[i & 15];
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
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv42(part)) return void 0;
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
    function removeDotSegments(path5) {
      let input = path5;
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
    function removeDotSegmentsRelative(path5) {
      if (path5 === "" || path5[0] === "/") {
        return removeDotSegments(path5);
      }
      const segments = path5.split("/");
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
    function reescapeHostDelimiters(host, isIP2) {
      const re = isIP2 ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
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
        if (!isIPv42(host)) {
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
    module2.exports = {
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
      isIPv4: isIPv42,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// ../main/node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "../main/node_modules/fast-uri/lib/schemes.js"(exports2, module2) {
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
    function isValidSchemeName(name2) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name2
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
        const path5 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path5 && path5 !== "/" ? path5 : void 0;
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
    var http5 = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https4 = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http5.domainHost,
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
        http: http5,
        https: https4,
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
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// ../main/node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "../main/node_modules/fast-uri/index.js"(exports2, module2) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4: isIPv42, nonSimpleDomain } = require_utils();
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
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
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
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv42(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
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
    function resolveComponent(base2, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base2 = parse2(serialize(base2, options), options);
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
            target.path = base2.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base2.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base2.userinfo !== void 0 || base2.host !== void 0 || base2.port !== void 0;
              if (baseHasAuthority && !base2.path) {
                target.path = "/" + relative.path;
              } else if (!base2.path) {
                target.path = relative.path;
              } else {
                target.path = base2.path.slice(0, base2.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base2.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base2.userinfo;
          target.host = base2.host;
          target.port = base2.port;
        }
        target.scheme = base2.scheme;
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
    function canonicalizeHost(parsed, options, schemeHandler, isIP2) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP2 === false && nonSimpleDomain(parsed.host)) {
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
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP2) {
      return Boolean(
        parsed.host && isIP2 === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
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
      let isIP2 = false;
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
          const ipv4result = isIPv42(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP2 = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP2 ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP2 = true;
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
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP2);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP2 ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP2) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP2 || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP2) : host;
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
      const { normalized: normalized2, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized2;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// ../main/node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "../main/node_modules/ajv/dist/runtime/uri.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports2.default = uri;
  }
});

// ../main/node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "../main/node_modules/ajv/dist/core.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
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
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger2(opts.logger);
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
      compile(schema2, _meta) {
        const sch = this._addSchema(schema2, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema2, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema2, meta);
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
      addSchema(schema2, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema2)) {
          for (const sch of schema2)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema2 === "object") {
          const { schemaId } = this.opts;
          id = schema2[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema2, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema2, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema2, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema2, throwOrLogError) {
        if (typeof schema2 == "boolean")
          return true;
        let $schema;
        $schema = schema2.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema2);
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
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name2, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name2] = format;
        return this;
      }
      errorsText(errors2 = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors2 || errors2.length === 0)
          return "No errors";
        return errors2.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
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
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema2 = keywords[key];
            if ($data && schema2)
              keywords[key] = schemaOrData(schema2);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema2, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema2 == "object") {
          id = schema2[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema2 != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema2);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema2, baseId);
        sch = new compile_1.SchemaEnv({ schema: schema2, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema2, true);
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
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports2.default = Ajv2;
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
      for (const name2 in this.opts.formats) {
        const format = this.opts.formats[name2];
        if (format)
          this.addFormat(name2, format);
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
    function getLogger2(logger) {
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
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
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
    function schemaOrData(schema2) {
      return { anyOf: [schema2, $dataRef] };
    }
  }
});

// ../main/node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.callRef = exports2.getValidate = void 0;
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
    exports2.getValidate = getValidate;
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
    exports2.callRef = callRef;
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = core;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "../main/node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
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
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema2);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
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
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema: schema2, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema2.length === 0)
          return;
        const useLoop = schema2.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema2) {
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
            for (const prop of schema2) {
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
            gen.if((0, code_1.checkMissingProp)(cxt, schema2, missing));
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
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
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "../main/node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema: schema2, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema2)
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema: schema2 } = cxt;
        if ($data || schema2 && typeof schema2 == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema2} !== ${data}`);
        }
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
        if (!$data && schema2.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema2.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema2))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema2.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema2[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = validation;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
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
      const { gen, schema: schema2, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema2 === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
    exports2.validateAdditionalItems = validateAdditionalItems;
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema: schema2, it } = cxt;
        if (Array.isArray(schema2))
          return validateTuple(cxt, "additionalItems", schema2);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
    exports2.validateTuple = validateTuple;
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema: schema2, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
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
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports2.error = {
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
      error: exports2.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema: schema2 }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema2) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema2[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema2[key];
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
    exports2.validatePropertyDeps = validatePropertyDeps;
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
    exports2.validateSchemaDeps = validateSchemaDeps;
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema: schema2, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2))
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema2))
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
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema2 === false) {
            deleteAdditional(key);
            return;
          }
          if (schema2 === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema2 == "object" && !(0, util_1.alwaysValidSchema)(it, schema2)) {
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
        function applyAdditionalSchema(key, valid, errors2) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors2 === false) {
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema2, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema2);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema2[p]));
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
          return it.opts.useDefaults && !it.compositeRule && schema2[prop].default !== void 0;
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema: schema2, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema2);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema2[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
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
          for (const pat of patterns) {
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema: schema2, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema2)) {
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema: schema2, parentSchema, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema2;
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema: schema2, it } = cxt;
        if (!Array.isArray(schema2))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema2.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
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
      const schema2 = it.schema[keyword];
      return schema2 !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema2);
    }
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = getApplicator;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema: schema2, schemaCode, it } = cxt;
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
          const formatDef = self.formats[schema2];
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
              return `unknown format "${schema2}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema2)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema2, ref: fmtDef, code });
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports2.default = format;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;
    exports2.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports2.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// ../main/node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/draft7.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
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
    exports2.default = draft7Vocabularies;
  }
});

// ../main/node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports2.DiscrError = DiscrError = {}));
  }
});

// ../main/node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "../main/node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema: schema2, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema2.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema2.mapping)
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
    exports2.default = def;
  }
});

// ../main/node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "../main/node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports2, module2) {
    module2.exports = {
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

// ../main/node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "../main/node_modules/ajv/dist/ajv.js"(exports2, module2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
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
    exports2.Ajv = Ajv2;
    module2.exports = exports2 = Ajv2;
    module2.exports.Ajv = Ajv2;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// ../main/node_modules/nodemailer/dist/esm/punycode/index.js
function error(type) {
  throw new RangeError(errors[type]);
}
function map(array, callback) {
  const result = [];
  let length = array.length;
  while (length--) {
    result[length] = callback(array[length]);
  }
  return result;
}
function mapDomain(domain, callback) {
  const parts = domain.split("@");
  let result = "";
  if (parts.length > 1) {
    result = parts[0] + "@";
    domain = parts[1];
  }
  domain = domain.replace(regexSeparators, ".");
  const labels = domain.split(".");
  const encoded = map(labels, callback).join(".");
  return result + encoded;
}
function ucs2decode(string) {
  const output = [];
  let counter = 0;
  const length = string.length;
  while (counter < length) {
    const value = string.charCodeAt(counter++);
    if (value >= 55296 && value <= 56319 && counter < length) {
      const extra = string.charCodeAt(counter++);
      if ((extra & 64512) == 56320) {
        output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
      } else {
        output.push(value);
        counter--;
      }
    } else {
      output.push(value);
    }
  }
  return output;
}
var maxInt, base, tMin, tMax, skew, damp, initialBias, initialN, delimiter, regexPunycode, regexNonASCII, regexSeparators, errors, baseMinusTMin, floor, stringFromCharCode, basicToDigit, digitToBasic, adapt, decode, encode, toUnicode, toASCII;
var init_punycode = __esm({
  "../main/node_modules/nodemailer/dist/esm/punycode/index.js"() {
    maxInt = 2147483647;
    base = 36;
    tMin = 1;
    tMax = 26;
    skew = 38;
    damp = 700;
    initialBias = 72;
    initialN = 128;
    delimiter = "-";
    regexPunycode = /^xn--/;
    regexNonASCII = /[^\0-\x7F]/;
    regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    errors = {
      overflow: "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    baseMinusTMin = base - tMin;
    floor = Math.floor;
    stringFromCharCode = String.fromCharCode;
    basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * Number(digit < 26) - (Number(flag != 0) << 5);
    };
    adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (
        ;
        /* no initialization */
        delta > baseMinusTMin * tMax >> 1;
        k += base
      ) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    decode = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    encode = function(input) {
      const output = [];
      const codePoints = ucs2decode(input);
      const inputLength = codePoints.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of codePoints) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of codePoints) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of codePoints) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0)));
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
      });
    };
    toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode(string) : string;
      });
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/shared/url.js
function stripSurroundingWhitespace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) {
    start++;
  }
  while (end > start && input.charCodeAt(end - 1) <= 32) {
    end--;
  }
  return input.slice(start, end);
}
function invalidUrl(input) {
  const err = new TypeError("Invalid URL");
  err.code = "ERR_INVALID_URL";
  err.input = input;
  return err;
}
function legacyParse(input, parseQueryString, whatwgError, slashesDenoteHost) {
  const parsed = import_node_url.default.parse(input, parseQueryString, slashesDenoteHost);
  const authority = AUTHORITY.exec(input.replace(LEGACY_TRIM, ""));
  if (authority && (authority[1] || parsed.hostname !== null)) {
    const written = authority[2].slice(authority[2].lastIndexOf("@") + 1);
    if (!written || CONTROL_CHARS.test(written) || (parsed.host || "").toLowerCase() !== toASCII(written.toLowerCase())) {
      throw whatwgError;
    }
    if (written.charAt(0) === "[" && !import_node_net.default.isIPv6(written.slice(1, written.indexOf("]")))) {
      throw whatwgError;
    }
  } else if (parsed.hostname !== null) {
    throw whatwgError;
  }
  const legacyAuth = parsed.auth === null || parsed.auth === void 0 ? null : parsed.auth.split(":");
  const result = parsed;
  result.username = legacyAuth ? legacyAuth.shift() : null;
  result.password = legacyAuth && legacyAuth.length ? legacyAuth.join(":") : null;
  return result;
}
function safeDecode(str) {
  try {
    return decodeURIComponent(str);
  } catch (_err) {
    return str;
  }
}
function normalizeHostname(raw, href) {
  const hostname = raw || "";
  if (!hostname) {
    return "";
  }
  if (hostname.charAt(0) === "[" && hostname.charAt(hostname.length - 1) === "]") {
    return hostname.slice(1, -1);
  }
  const decoded = safeDecode(hostname);
  const mapped = FORBIDDEN_HOST_CHARS.test(decoded) ? "" : import_node_url.default.domainToASCII(decoded);
  if (!mapped) {
    throw invalidUrl(href);
  }
  return mapped;
}
var import_node_net, import_node_url, SLASHLESS_AUTHORITY, LEGACY_TRIM, AUTHORITY, FORBIDDEN_HOST_CHARS, CONTROL_CHARS, parse, resolve2;
var init_url = __esm({
  "../main/node_modules/nodemailer/dist/esm/shared/url.js"() {
    import_node_net = __toESM(require("node:net"), 1);
    import_node_url = __toESM(require("node:url"), 1);
    init_punycode();
    SLASHLESS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)([\s\S]+)$/;
    LEGACY_TRIM = /^[\x00-\x20\u00a0\ufeff]+/;
    AUTHORITY = /^([a-zA-Z0-9+.-]+:)?[\\/]{2}([^\\/?#]*)/;
    FORBIDDEN_HOST_CHARS = /[\x00-\x20#/:<>?@[\\\]^|\x7f]/;
    CONTROL_CHARS = /[\x00-\x1f\x7f]/;
    parse = (input, parseQueryString) => {
      input = stripSurroundingWhitespace(input || "");
      const slashless = SLASHLESS_AUTHORITY.exec(input);
      const normalized2 = slashless ? slashless[1] + "//" + slashless[2] : input;
      let u;
      try {
        u = new URL(normalized2);
      } catch (err) {
        return legacyParse(normalized2, parseQueryString, err);
      }
      const hostname = normalizeHostname(u.hostname, u.href);
      const port = u.port || null;
      const pathname = u.pathname || null;
      const search = u.search || null;
      let auth = null;
      let username = null;
      let password = null;
      if (u.username || u.password) {
        username = safeDecode(u.username);
        password = u.password ? safeDecode(u.password) : null;
        auth = username + (password !== null ? ":" + password : "");
      }
      let query;
      if (parseQueryString) {
        const parsed = /* @__PURE__ */ Object.create(null);
        u.searchParams.forEach((value, key) => {
          if (Object.prototype.hasOwnProperty.call(parsed, key)) {
            const existing = parsed[key];
            if (Array.isArray(existing)) {
              existing.push(value);
            } else {
              parsed[key] = [existing, value];
            }
          } else {
            parsed[key] = value;
          }
        });
        query = parsed;
      } else {
        query = search ? search.slice(1) : null;
      }
      return {
        protocol: u.protocol || null,
        host: u.host || null,
        hostname,
        port,
        pathname,
        search,
        path: (pathname || "") + (search || "") || null,
        href: u.href,
        auth,
        username,
        password,
        query
      };
    };
    resolve2 = (from, to) => {
      try {
        return new URL(to, from).href;
      } catch (err) {
        legacyParse(from, false, err, true);
        legacyParse(to, false, err, true);
        return import_node_url.default.resolve(from, to);
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/fetch/cookies.js
var import_node_net2, SESSION_TIMEOUT, Cookies, cookies_default;
var init_cookies = __esm({
  "../main/node_modules/nodemailer/dist/esm/fetch/cookies.js"() {
    import_node_net2 = __toESM(require("node:net"), 1);
    init_url();
    SESSION_TIMEOUT = 1800;
    Cookies = class {
      constructor(options) {
        this.options = options || {};
        this.cookies = [];
      }
      /**
       * Stores a cookie string to the cookie storage
       *
       * @param cookieStr Value from the 'Set-Cookie:' header
       * @param url Current URL
       */
      set(cookieStr, url) {
        const urlparts = parse(url || "");
        const cookie = this.parse(cookieStr);
        let domain;
        if (cookie.domain) {
          domain = cookie.domain.replace(/^\./, "");
          if (
            // can't be valid if the requested domain is shorter than current hostname
            urlparts.hostname.length < domain.length || // a top level domain is not a valid scope, 'Domain=com' would otherwise be
            // sent to every .com host. A trailing dot does not make 'com.' any better
            domain.indexOf(".") < 0 || domain.endsWith(".") || // an IP address has no subdomains, so cookies set on it stay host-only
            import_node_net2.default.isIP(urlparts.hostname) || // prefix domains with dot to be sure that partial matches are not used
            !("." + urlparts.hostname).endsWith("." + domain)
          ) {
            cookie.domain = urlparts.hostname;
          }
        } else {
          cookie.domain = urlparts.hostname;
        }
        if (!cookie.path) {
          cookie.path = this.getPath(urlparts.pathname);
        }
        if (!cookie.expires) {
          cookie.expires = new Date(Date.now() + (Number(this.options.sessionTimeout || SESSION_TIMEOUT) || SESSION_TIMEOUT) * 1e3);
        }
        if (urlparts.protocol !== "https:" && (cookie.secure || this.cookies.some((stored) => stored.secure && this.compare(stored, cookie)))) {
          return false;
        }
        return this.add(cookie);
      }
      /**
       * Returns cookie string for the 'Cookie:' header.
       *
       * @param url URL to check for
       * @returns Cookie header or empty string if no matches were found
       */
      get(url) {
        return this.list(url).map((cookie) => cookie.name + "=" + cookie.value).join("; ");
      }
      /**
       * Lists all valied cookie objects for the specified URL
       *
       * @param url URL to check for
       * @returns An array of cookie objects
       */
      list(url) {
        const result = [];
        for (let i = this.cookies.length - 1; i >= 0; i--) {
          const cookie = this.cookies[i];
          if (this.isExpired(cookie)) {
            this.cookies.splice(i, 1);
            continue;
          }
          if (this.match(cookie, url)) {
            result.unshift(cookie);
          }
        }
        return result;
      }
      /**
       * Parses cookie string from the 'Set-Cookie:' header
       *
       * @param cookieStr String from the 'Set-Cookie:' header
       * @returns Cookie object
       */
      parse(cookieStr) {
        const cookie = {};
        let hasNameValue = false;
        let hasMaxAge = false;
        (cookieStr || "").toString().split(";").forEach((cookiePart) => {
          if (!cookiePart.trim()) {
            return;
          }
          const valueParts = cookiePart.split("=");
          const name2 = valueParts.shift().trim();
          let value = valueParts.join("=").trim();
          let domain;
          if (!hasNameValue) {
            hasNameValue = true;
            if (name2) {
              cookie.name = name2;
              cookie.value = value;
            }
            return;
          }
          switch (name2.toLowerCase()) {
            case "expires": {
              const expires = new Date(value);
              if (expires.toString() !== "Invalid Date" && !hasMaxAge) {
                cookie.expires = expires;
              }
              break;
            }
            case "path":
              cookie.path = value;
              break;
            case "domain":
              domain = value.toLowerCase();
              if (domain.length && domain.charAt(0) !== ".") {
                domain = "." + domain;
              }
              cookie.domain = domain;
              break;
            case "max-age":
              cookie.expires = new Date(Date.now() + (Number(value) || 0) * 1e3);
              hasMaxAge = true;
              break;
            case "secure":
              cookie.secure = true;
              break;
            case "httponly":
              cookie.httponly = true;
              break;
          }
        });
        return cookie;
      }
      /**
       * Checks if a cookie object is valid for a specified URL
       *
       * @param cookie Cookie object
       * @param url URL to check for
       * @returns true if cookie is valid for specifiec URL
       */
      match(cookie, url) {
        const urlparts = parse(url || "");
        if (urlparts.hostname !== cookie.domain && (cookie.domain.charAt(0) !== "." || ("." + urlparts.hostname).substr(-cookie.domain.length) !== cookie.domain)) {
          return false;
        }
        const pathname = urlparts.pathname || "/";
        const cookiePath = cookie.path;
        const pathMatches = pathname === cookiePath || pathname.startsWith(cookiePath) && (cookiePath.endsWith("/") || pathname.charAt(cookiePath.length) === "/");
        if (!pathMatches) {
          return false;
        }
        if (cookie.secure && urlparts.protocol !== "https:") {
          return false;
        }
        return true;
      }
      /**
       * Adds (or updates/removes if needed) a cookie object to the cookie storage
       *
       * @param cookie Cookie value to be stored
       */
      add(cookie) {
        if (!cookie || !cookie.name) {
          return false;
        }
        for (let i = 0, len = this.cookies.length; i < len; i++) {
          if (this.compare(this.cookies[i], cookie)) {
            if (this.isExpired(cookie)) {
              this.cookies.splice(i, 1);
              return false;
            }
            this.cookies[i] = cookie;
            return true;
          }
        }
        if (!this.isExpired(cookie)) {
          this.cookies.push(cookie);
        }
        return true;
      }
      /**
       * Checks if two cookie objects are the same cookie. A cookie is identified by its
       * name, domain and path (RFC 6265 section 5.3), the Secure and HttpOnly flags are
       * attributes of the stored cookie that an update replaces
       *
       * @param a Cookie to check against
       * @param b Cookie to check against
       * @returns True, if the cookies are the same
       */
      compare(a, b) {
        return a.name === b.name && a.path === b.path && a.domain === b.domain;
      }
      /**
       * Checks if a cookie is expired
       *
       * @param cookie Cookie object to check against
       * @returns True, if the cookie is expired
       */
      isExpired(cookie) {
        return cookie.expires && cookie.expires < /* @__PURE__ */ new Date() || !cookie.value;
      }
      /**
       * Returns the default path for an URL path argument, the default-path of
       * RFC 6265 section 5.1.4. A cookie that carries no Path attribute is scoped
       * to the directory of the URL it was set from
       *
       * @param pathname
       * @returns Default path
       */
      getPath(pathname) {
        const pathParts = (pathname || "/").split("/");
        pathParts.pop();
        const path5 = pathParts.join("/").trim();
        if (path5.charAt(0) !== "/") {
          return "/";
        }
        return path5;
      }
    };
    cookies_default = Cookies;
  }
});

// ../main/node_modules/nodemailer/dist/esm/package-info.js
var name, version, homepage;
var init_package_info = __esm({
  "../main/node_modules/nodemailer/dist/esm/package-info.js"() {
    name = "nodemailer";
    version = "10.6.1";
    homepage = "https://nodemailer.com/";
  }
});

// ../main/node_modules/nodemailer/dist/esm/errors.js
var ECONNECTION, ETIMEDOUT, ESOCKET, EENVELOPE, EMESSAGE, EOTP, ESTREAM, EABORT, ENOAUTH, EOAUTH2, EMAXLIMIT, EMAXRECIPIENTS, ESENDMAIL, ESES, ECONFIG, EPROXY, EFILEACCESS, EURLACCESS, EFETCH, createAbortError, isTransientError, isPermanentResponseCode, ERR_ACCESS_DENIED;
var init_errors = __esm({
  "../main/node_modules/nodemailer/dist/esm/errors.js"() {
    ECONNECTION = "ECONNECTION";
    ETIMEDOUT = "ETIMEDOUT";
    ESOCKET = "ESOCKET";
    EENVELOPE = "EENVELOPE";
    EMESSAGE = "EMESSAGE";
    EOTP = "EOTP";
    ESTREAM = "ESTREAM";
    EABORT = "EABORT";
    ENOAUTH = "ENOAUTH";
    EOAUTH2 = "EOAUTH2";
    EMAXLIMIT = "EMAXLIMIT";
    EMAXRECIPIENTS = "EMAXRECIPIENTS";
    ESENDMAIL = "ESENDMAIL";
    ESES = "ESES";
    ECONFIG = "ECONFIG";
    EPROXY = "EPROXY";
    EFILEACCESS = "EFILEACCESS";
    EURLACCESS = "EURLACCESS";
    EFETCH = "EFETCH";
    createAbortError = (signal) => {
      const err = new Error("Message sending aborted", { cause: signal.reason });
      err.name = "AbortError";
      err.code = EABORT;
      return err;
    };
    isTransientError = (err) => err.responseCode === 421 || err.code === ECONNECTION || err.code === ESOCKET || err.code === ETIMEDOUT;
    isPermanentResponseCode = (responseCode) => responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    ERR_ACCESS_DENIED = "ERR_ACCESS_DENIED";
  }
});

// ../main/node_modules/nodemailer/dist/esm/shared/objects.js
var isProtoKey, copyOwnKeys;
var init_objects = __esm({
  "../main/node_modules/nodemailer/dist/esm/shared/objects.js"() {
    isProtoKey = (key) => key === "__proto__";
    copyOwnKeys = (target, source, skip) => {
      Object.keys(source || {}).forEach((key) => {
        if (isProtoKey(key) || skip && skip(key)) {
          return;
        }
        target[key] = source[key];
      });
      return target;
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/fetch/index.js
function setFetchCode(err) {
  if (err.code !== ERR_ACCESS_DENIED) {
    err.code = EFETCH;
  }
}
function parseFetchUrl(url) {
  let parsed;
  try {
    parsed = parse(url);
  } catch (_err) {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return false;
  }
  return parsed;
}
function fetchPort(parsed) {
  return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
}
function nmfetch(url, options) {
  options = options || {};
  options.fetchRes = options.fetchRes || new import_node_stream.PassThrough();
  options.cookies = options.cookies || new cookies_default();
  options.redirects = options.redirects || 0;
  options.maxRedirects = isNaN(options.maxRedirects) ? MAX_REDIRECTS : options.maxRedirects;
  if (!options.deadline) {
    options.maxTime = typeof options.maxTime === "number" && options.maxTime >= 0 ? options.maxTime : DEFAULT_MAX_TIME;
    options.deadline = options.maxTime ? Date.now() + options.maxTime : 0;
  }
  const fetchRes = options.fetchRes;
  const parsed = parseFetchUrl(url);
  if (!parsed) {
    if (options.body && typeof options.body.destroy === "function") {
      options.body.on("error", () => false);
      options.body.destroy();
    }
    setImmediate(() => {
      const err = new Error("Unsupported protocol for URL " + url);
      err.code = EFETCH;
      err.sourceUrl = url;
      fetchRes.emit("error", err);
    });
    return fetchRes;
  }
  if (options.cookie) {
    [].concat(options.cookie || []).forEach((cookie) => {
      options.cookies.set(cookie, url);
    });
    options.cookie = false;
  }
  let method = (options.method || "").toString().trim().toUpperCase() || "GET";
  let finished3 = false;
  let cookies;
  let body;
  const handler = parsed.protocol === "https:" ? import_node_https.default : import_node_http.default;
  const headers = {
    "accept-encoding": "gzip,deflate",
    "user-agent": "nodemailer/" + version
  };
  Object.keys(options.headers || {}).forEach((key) => {
    if (isProtoKey(key.toLowerCase().trim())) {
      return;
    }
    headers[key.toLowerCase().trim()] = options.headers[key];
  });
  if (options.userAgent) {
    headers["user-agent"] = options.userAgent;
  }
  if (parsed.auth) {
    headers.Authorization = "Basic " + Buffer.from(parsed.auth).toString("base64");
  }
  if (cookies = options.cookies.get(url)) {
    headers.cookie = cookies;
  }
  if (options.body) {
    if (options.contentType !== false) {
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
    }
    if (typeof options.body.pipe === "function") {
      headers["Transfer-Encoding"] = "chunked";
      body = options.body;
      body.on("error", (err) => {
        if (finished3) {
          return;
        }
        finished3 = true;
        setFetchCode(err);
        err.sourceUrl = url;
        fetchRes.emit("error", err);
      });
    } else {
      if (options.body instanceof Buffer) {
        body = options.body;
      } else if (typeof options.body === "object") {
        try {
          body = Buffer.from(Object.keys(options.body).map((key) => {
            const value = options.body[key].toString().trim();
            return encodeURIComponent(key) + "=" + encodeURIComponent(value);
          }).join("&"));
        } catch (E) {
          finished3 = true;
          E.code = EFETCH;
          E.sourceUrl = url;
          setImmediate(() => fetchRes.emit("error", E));
          return fetchRes;
        }
      } else {
        body = Buffer.from(options.body.toString().trim());
      }
      headers["Content-Type"] = options.contentType || "application/x-www-form-urlencoded";
      headers["Content-Length"] = body.length;
    }
    method = (options.method || "").toString().trim().toUpperCase() || "POST";
  }
  let req;
  const reqOptions = {
    method,
    host: parsed.hostname,
    path: parsed.path,
    port: fetchPort(parsed),
    headers,
    // Validate TLS certificates by default. Callers that genuinely need to
    // reach a self-signed/internal host opt out explicitly with
    // options.tls = { rejectUnauthorized: false }.
    rejectUnauthorized: true,
    agent: false
  };
  if (options.tls) {
    Object.keys(options.tls).forEach((key) => {
      if (TLS_OPTION_KEYS.includes(key)) {
        reqOptions[key] = options.tls[key];
      }
    });
  }
  if (parsed.protocol === "https:" && parsed.hostname && parsed.hostname !== reqOptions.host && !import_node_net3.default.isIP(parsed.hostname) && !reqOptions.servername) {
    reqOptions.servername = parsed.hostname;
  }
  try {
    req = handler.request(reqOptions);
  } catch (E) {
    finished3 = true;
    setImmediate(() => {
      setFetchCode(E);
      E.sourceUrl = url;
      fetchRes.emit("error", E);
    });
    return fetchRes;
  }
  let deadlineTimer;
  const clearDeadline = () => {
    if (deadlineTimer) {
      clearTimeout(deadlineTimer);
      deadlineTimer = void 0;
    }
  };
  const fail = (err, sourceUrl = url) => {
    if (finished3) {
      return;
    }
    finished3 = true;
    clearDeadline();
    setFetchCode(err);
    err.sourceUrl = sourceUrl;
    fetchRes.emit("error", err);
    req.abort();
  };
  const timeout = typeof options.timeout === "number" && options.timeout >= 0 ? options.timeout : DEFAULT_TIMEOUT;
  if (timeout) {
    req.setTimeout(timeout, () => fail(new Error("Request Timeout")));
  }
  if (options.deadline) {
    deadlineTimer = setTimeout(() => fail(new Error("Request exceeded the allowed " + options.maxTime + " ms")), Math.max(options.deadline - Date.now(), 1));
    deadlineTimer.unref();
  }
  req.on("error", (err) => fail(err));
  fetchRes.once("close", () => {
    clearDeadline();
    if (finished3 || fetchRes.readableEnded) {
      return;
    }
    finished3 = true;
    req.destroy();
  });
  req.on("response", (res) => {
    let inflate;
    if (finished3) {
      return;
    }
    switch (res.headers["content-encoding"]) {
      case "gzip":
      case "deflate":
        inflate = import_node_zlib.default.createUnzip();
        break;
    }
    if (res.headers["set-cookie"]) {
      [].concat(res.headers["set-cookie"] || []).forEach((cookie) => {
        options.cookies.set(cookie, url);
      });
    }
    if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
      options.redirects++;
      if (options.redirects > options.maxRedirects) {
        return fail(new Error("Maximum redirect count exceeded"));
      }
      options.method = "GET";
      options.body = false;
      let redirectUrl;
      try {
        redirectUrl = resolve2(url, res.headers.location);
      } catch (_err) {
        redirectUrl = res.headers.location;
      }
      const redirectParsed = parseFetchUrl(redirectUrl);
      if (!redirectParsed) {
        return fail(new Error("Unsupported protocol for URL " + redirectUrl), redirectUrl);
      }
      const crossOrigin = redirectParsed.protocol !== parsed.protocol || redirectParsed.hostname !== parsed.hostname || fetchPort(redirectParsed) !== fetchPort(parsed);
      if (options.headers && crossOrigin) {
        const sensitive = ["authorization", "cookie", "proxy-authorization"];
        Object.keys(options.headers).forEach((key) => {
          if (sensitive.includes(key.toLowerCase().trim())) {
            delete options.headers[key];
          }
        });
      }
      finished3 = true;
      clearDeadline();
      res.resume();
      req.abort();
      return nmfetch(redirectUrl, options);
    }
    fetchRes.statusCode = res.statusCode;
    fetchRes.headers = res.headers;
    if (res.statusCode >= 300 && !options.allowErrorResponse) {
      return fail(new Error("Invalid status code " + res.statusCode));
    }
    res.on("error", (err) => fail(err));
    res.once("end", () => clearDeadline());
    const maxBytes = typeof options.maxBytes === "number" && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
    const source = inflate || res;
    let received = 0;
    source.on("data", (chunk) => {
      received += chunk.length;
      if (received <= maxBytes || finished3) {
        return;
      }
      source.unpipe(fetchRes);
      fail(new Error("Response size exceeds the allowed " + maxBytes + " bytes"));
    });
    if (inflate) {
      res.pipe(inflate).pipe(fetchRes);
      inflate.on("error", (err) => fail(err));
    } else {
      res.pipe(fetchRes);
    }
  });
  setImmediate(() => {
    if (body) {
      try {
        if (typeof body.pipe === "function") {
          return body.pipe(req);
        }
        req.write(body);
      } catch (err) {
        return fail(err);
      }
    }
    req.end();
  });
  return fetchRes;
}
var import_node_http, import_node_https, import_node_zlib, import_node_stream, import_node_net3, MAX_REDIRECTS, DEFAULT_TIMEOUT, DEFAULT_MAX_TIME, DEFAULT_MAX_BYTES, TLS_OPTION_KEYS, fetch_default;
var init_fetch = __esm({
  "../main/node_modules/nodemailer/dist/esm/fetch/index.js"() {
    import_node_http = __toESM(require("node:http"), 1);
    import_node_https = __toESM(require("node:https"), 1);
    init_url();
    import_node_zlib = __toESM(require("node:zlib"), 1);
    import_node_stream = require("node:stream");
    init_cookies();
    init_package_info();
    import_node_net3 = __toESM(require("node:net"), 1);
    init_errors();
    init_objects();
    MAX_REDIRECTS = 5;
    DEFAULT_TIMEOUT = 60 * 1e3;
    DEFAULT_MAX_TIME = 2 * 60 * 1e3;
    DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    TLS_OPTION_KEYS = [
      "ALPNProtocols",
      "ca",
      "cert",
      "checkServerIdentity",
      "ciphers",
      "crl",
      "dhparam",
      "ecdhCurve",
      "honorCipherOrder",
      "key",
      "maxVersion",
      "minVersion",
      "passphrase",
      "pfx",
      "rejectUnauthorized",
      "secureContext",
      "secureOptions",
      "secureProtocol",
      "servername",
      "sessionIdContext",
      "sigalgs"
    ];
    nmfetch.Cookies = cookies_default;
    nmfetch.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
    nmfetch.DEFAULT_MAX_TIME = DEFAULT_MAX_TIME;
    fetch_default = nmfetch;
  }
});

// ../main/node_modules/nodemailer/dist/esm/shared/index.js
function resolveContent(data, key, options, callback) {
  if (!callback && typeof options === "function") {
    callback = options;
    options = false;
  }
  options = options || {};
  let promise;
  if (!callback) {
    promise = new Promise((resolve4, reject) => {
      callback = callbackPromise(resolve4, reject);
    });
  }
  resolveContentValue(data, key, options, callback);
  return promise;
}
function resolveContentValue(data, key, options, callback) {
  let content = data && data[key] && data[key].content || data[key];
  const encoding = (typeof data[key] === "object" && data[key].encoding || "utf8").toString().toLowerCase().replace(/[-_\s]/g, "");
  if (!content) {
    return callback(null, content);
  }
  if (typeof content === "object") {
    if (typeof content.pipe === "function") {
      return resolveStream(content, (err, value) => {
        if (err) {
          return callback(err);
        }
        if (data[key].content) {
          data[key].content = value;
        } else {
          data[key] = value;
        }
        callback(null, value);
      });
    } else if (/^data:/i.test(content.path || content.href)) {
      const parsedDataUri = parseDataURI(content.path || content.href);
      return callback(null, parsedDataUri && parsedDataUri.data ? parsedDataUri.data : Buffer.alloc(0));
    } else if (content.href || /^https?:\/\//i.test(content.path)) {
      const url = content.href || content.path;
      if (options.disableUrlAccess) {
        setImmediate(() => {
          const err = new Error("Url access rejected for " + url);
          err.code = EURLACCESS;
          callback(err);
        });
        return;
      }
      return resolveStream(fetch_default(url, { headers: content.httpHeaders, tls: content.tls }), callback);
    } else if (content.path) {
      if (options.disableFileAccess) {
        setImmediate(() => {
          const err = new Error("File access rejected for " + content.path);
          err.code = EFILEACCESS;
          callback(err);
        });
        return;
      }
      return resolveStream(import_node_fs.default.createReadStream(content.path), callback);
    }
  }
  if (typeof data[key].content === "string" && !["utf8", "usascii", "ascii"].includes(encoding)) {
    content = Buffer.from(data[key].content, encoding);
  }
  setImmediate(() => callback(null, content));
}
function recordStreamErrors(stream) {
  stream.on("error", (err) => {
    if (!streamErrors.has(stream)) {
      streamErrors.set(stream, err);
    }
  });
}
function destroyStream(value) {
  const stream = value;
  if (stream && typeof stream.pipe === "function" && typeof stream.destroy === "function" && !stream.destroyed) {
    stream.destroy();
  }
}
function unreadableStreamError(stream) {
  const err = streamErrors.get(stream) || stream.errored;
  if (err) {
    return err;
  }
  if (stream.readableEnded || stream.destroyed) {
    const unreadable = new Error("Content stream was already read or destroyed");
    unreadable.code = ESTREAM;
    return unreadable;
  }
  return null;
}
function resolveStream(stream, callback) {
  let responded = false;
  const respond = (err, value) => {
    if (responded) {
      return;
    }
    responded = true;
    callback(err, value);
  };
  const unreadable = unreadableStreamError(stream);
  if (unreadable) {
    stream.on("error", () => false);
    setImmediate(() => respond(unreadable));
    return;
  }
  const chunks = [];
  let chunklen = 0;
  stream.on("data", (chunk) => {
    if (typeof chunk === "string") {
      chunk = Buffer.from(chunk);
    }
    chunks.push(chunk);
    chunklen += chunk.length;
  });
  (0, import_node_stream2.finished)(stream, { writable: false }, (err) => {
    if (err) {
      return respond(err);
    }
    let value;
    try {
      value = Buffer.concat(chunks, chunklen);
    } catch (E) {
      return respond(E);
    }
    respond(null, value);
  });
}
function createDefaultLogger(levels) {
  const levelMaxLen = levels.reduce((max, level) => Math.max(max, level.length), 0);
  const levelNames = /* @__PURE__ */ new Map();
  levels.forEach((level) => {
    let levelName = level.toUpperCase();
    if (levelName.length < levelMaxLen) {
      levelName += " ".repeat(levelMaxLen - levelName.length);
    }
    levelNames.set(level, levelName);
  });
  const print = (level, entry, message, ...args) => {
    let prefix = "";
    if (entry) {
      if (entry.tnx === "server") {
        prefix = "S: ";
      } else if (entry.tnx === "client") {
        prefix = "C: ";
      }
      if (entry.sid) {
        prefix = "[" + entry.sid + "] " + prefix;
      }
      if (entry.cid) {
        prefix = "[#" + entry.cid + "] " + prefix;
      }
    }
    message = import_node_util.default.format(message, ...args);
    message.split(/\r?\n/).forEach((line) => {
      console.log("[%s] %s %s", (/* @__PURE__ */ new Date()).toISOString().substr(0, 19).replace(/T/, " "), levelNames.get(level), prefix + line);
    });
  };
  const logger = {};
  levels.forEach((level) => {
    logger[level] = print.bind(null, level);
  });
  return logger;
}
function exceedsDomainLimits(domain) {
  let total = 0;
  let label2 = 0;
  for (const char of domain) {
    total++;
    if (char === "." || char === "\u3002" || char === "\uFF0E" || char === "\uFF61") {
      label2 = 0;
    } else if (++label2 > MAX_LABEL_LENGTH) {
      return true;
    }
  }
  return total > MAX_DOMAIN_LENGTH;
}
function normalizeDomain(domain, toUnicode2) {
  if (typeof import_node_url2.default.domainToASCII === "function" && typeof import_node_url2.default.domainToUnicode === "function" && !URL_PARSER_UNSAFE.test(domain)) {
    const ascii = import_node_url2.default.domainToASCII(domain);
    const mapped = ascii && toUnicode2 ? import_node_url2.default.domainToUnicode(ascii) : ascii;
    if (mapped) {
      return mapped;
    }
  }
  domain = domain.toLowerCase();
  if (exceedsDomainLimits(domain)) {
    return domain;
  }
  return toUnicode2 ? toUnicode(domain) : toASCII(domain);
}
var import_node_util, import_node_fs, import_node_dns, import_node_net4, import_node_os, import_node_url2, import_node_stream2, DNS_TTL, CACHE_CLEANUP_INTERVAL, MAX_CACHE_SIZE, lastCacheCleanup, networkInterfaces, networkInterfacesRead, _readNetworkInterfaces, isFamilySupported, resolve3, dnsCache, formatDNSValue, resolveHostname, parseConnectionUrl, _logFunc, getLogger, callbackPromise, parseDataURI, assign, encodeXText, streamErrors, URL_PARSER_UNSAFE, MAX_DOMAIN_LENGTH, MAX_LABEL_LENGTH;
var init_shared = __esm({
  "../main/node_modules/nodemailer/dist/esm/shared/index.js"() {
    init_url();
    import_node_util = __toESM(require("node:util"), 1);
    import_node_fs = __toESM(require("node:fs"), 1);
    init_fetch();
    init_errors();
    init_objects();
    import_node_dns = __toESM(require("node:dns"), 1);
    import_node_net4 = __toESM(require("node:net"), 1);
    import_node_os = __toESM(require("node:os"), 1);
    import_node_url2 = __toESM(require("node:url"), 1);
    init_punycode();
    import_node_stream2 = require("node:stream");
    DNS_TTL = 5 * 60 * 1e3;
    CACHE_CLEANUP_INTERVAL = 30 * 1e3;
    MAX_CACHE_SIZE = 1e3;
    lastCacheCleanup = 0;
    networkInterfacesRead = false;
    _readNetworkInterfaces = () => {
      if (!networkInterfacesRead) {
        networkInterfacesRead = true;
        try {
          networkInterfaces = import_node_os.default.networkInterfaces();
        } catch (_err) {
        }
      }
      return networkInterfaces;
    };
    isFamilySupported = (family, allowInternal) => {
      const addresses = Object.values(_readNetworkInterfaces() || {}).flat();
      if (!addresses.length) {
        return true;
      }
      return addresses.filter((i) => !i.internal || allowInternal).some((i) => i.family === "IPv" + family || i.family === family);
    };
    resolve3 = (family, hostname, options, callback) => {
      options = options || {};
      if (!isFamilySupported(family, options.allowInternalNetworkInterfaces)) {
        callback(null, []);
        return null;
      }
      const dnsResolver = import_node_dns.default.Resolver ? new import_node_dns.default.Resolver(options) : import_node_dns.default;
      dnsResolver["resolve" + family](hostname, (err, addresses) => {
        if (err) {
          switch (err.code) {
            case import_node_dns.default.NODATA:
            case import_node_dns.default.NOTFOUND:
            case import_node_dns.default.NOTIMP:
            case import_node_dns.default.SERVFAIL:
            case import_node_dns.default.CONNREFUSED:
            case import_node_dns.default.REFUSED:
            case "EAI_AGAIN":
              return callback(null, []);
          }
          return callback(err);
        }
        return callback(null, Array.isArray(addresses) ? addresses : [].concat(addresses || []));
      });
      return import_node_dns.default.Resolver ? dnsResolver : null;
    };
    dnsCache = /* @__PURE__ */ new Map();
    formatDNSValue = (value, extra) => {
      if (!value) {
        return Object.assign({}, extra || {});
      }
      const addresses = value.addresses || [];
      const host = addresses.length > 0 ? addresses[Math.floor(Math.random() * addresses.length)] : null;
      return Object.assign({
        host,
        // Include all addresses for connection fallback support
        _addresses: addresses
      }, extra || {});
    };
    resolveHostname = (options, callback) => {
      options = options || {};
      if (!options.host && options.servername) {
        options.host = options.servername;
      }
      if (!options.host || import_node_net4.default.isIP(options.host)) {
        const value = {
          addresses: [options.host]
        };
        return callback(null, formatDNSValue(value, {
          servername: options.servername || false,
          cached: false
        }));
      }
      const host = options.host;
      const servername = options.servername || host;
      let cached;
      if (dnsCache.has(options.host)) {
        cached = dnsCache.get(options.host);
        const now = Date.now();
        if (now - lastCacheCleanup > CACHE_CLEANUP_INTERVAL) {
          lastCacheCleanup = now;
          for (const [host2, entry] of dnsCache.entries()) {
            if (entry.expires && entry.expires < now) {
              dnsCache.delete(host2);
            }
          }
          if (dnsCache.size > MAX_CACHE_SIZE) {
            const toDelete = Math.floor(MAX_CACHE_SIZE * 0.1);
            const keys = Array.from(dnsCache.keys()).slice(0, toDelete);
            keys.forEach((key) => dnsCache.delete(key));
          }
        }
        if (!cached.expires || cached.expires >= now) {
          return callback(null, formatDNSValue(cached.value, {
            servername,
            cached: true
          }));
        }
      }
      let responded = false;
      let deadline;
      const respond = (err, result) => {
        if (responded) {
          return;
        }
        responded = true;
        clearTimeout(deadline);
        callback(err, result);
      };
      const respondCached = (error2) => {
        if (!cached) {
          return false;
        }
        dnsCache.set(host, {
          value: cached.value,
          expires: Date.now() + (options.dnsTtl || DNS_TTL)
        });
        respond(null, formatDNSValue(cached.value, {
          servername,
          cached: true,
          error: error2
        }));
        return true;
      };
      const resolvers = [];
      const timeout = Number(options.timeout) || 0;
      if (timeout > 0) {
        deadline = setTimeout(() => {
          for (const resolver of resolvers) {
            if (typeof resolver.cancel === "function") {
              resolver.cancel();
            }
          }
          const err = new Error("DNS lookup for " + host + " timed out");
          err.code = import_node_dns.default.TIMEOUT;
          if (!respondCached(err)) {
            respond(err);
          }
        }, timeout);
      }
      let ipv4Addresses = [];
      let ipv6Addresses = [];
      let ipv4Error = null;
      let ipv6Error = null;
      let pending = 2;
      const onResolved = () => {
        if (--pending || responded) {
          return;
        }
        const allAddresses = ipv4Addresses.concat(ipv6Addresses);
        if (allAddresses.length) {
          const value = {
            addresses: allAddresses
          };
          dnsCache.set(host, {
            value,
            expires: Date.now() + (options.dnsTtl || DNS_TTL)
          });
          return respond(null, formatDNSValue(value, {
            servername,
            cached: false
          }));
        }
        if (ipv4Error && ipv6Error && respondCached(ipv4Error)) {
          return;
        }
        try {
          import_node_dns.default.lookup(host, { all: true }, (err, addresses) => {
            if (err) {
              if (respondCached(err)) {
                return;
              }
              return respond(err);
            }
            const supportedAddresses = addresses ? addresses.filter((addr) => isFamilySupported(addr.family)).map((addr) => addr.address) : [];
            if (addresses && addresses.length && !supportedAddresses.length) {
              console.warn(`Failed to resolve IPv${addresses[0].family} addresses with current network`);
            }
            if (!supportedAddresses.length && cached) {
              return respond(null, formatDNSValue(cached.value, {
                servername,
                cached: true
              }));
            }
            const value = {
              addresses: supportedAddresses.length ? supportedAddresses : [host]
            };
            dnsCache.set(host, {
              value,
              expires: Date.now() + (options.dnsTtl || DNS_TTL)
            });
            return respond(null, formatDNSValue(value, {
              servername,
              cached: false
            }));
          });
        } catch (lookupErr) {
          if (respondCached(lookupErr)) {
            return;
          }
          return respond(ipv4Error || ipv6Error || lookupErr);
        }
      };
      for (const family of [4, 6]) {
        const resolver = resolve3(family, host, options, (err, addresses) => {
          if (family === 4) {
            ipv4Error = err;
            ipv4Addresses = addresses || [];
          } else {
            ipv6Error = err;
            ipv6Addresses = addresses || [];
          }
          onResolved();
        });
        if (resolver) {
          resolvers.push(resolver);
        }
      }
    };
    parseConnectionUrl = (str) => {
      str = str || "";
      const options = {};
      const url = parse(str, true);
      switch (url.protocol) {
        case "smtp:":
          options.secure = false;
          break;
        case "smtps:":
          options.secure = true;
          break;
        case "direct:":
          options.direct = true;
          break;
      }
      if (!isNaN(url.port) && Number(url.port)) {
        options.port = Number(url.port);
      }
      if (url.hostname) {
        options.host = url.hostname;
      }
      if (url.username || url.password) {
        options.auth = {
          user: url.username || "",
          pass: url.password || ""
        };
      }
      Object.keys(url.query || {}).forEach((key) => {
        let obj = options;
        let lKey = key;
        let value = url.query[key];
        if (!isNaN(value)) {
          value = Number(value);
        }
        switch (value) {
          case "true":
            value = true;
            break;
          case "false":
            value = false;
            break;
        }
        if (key.indexOf("tls.") === 0) {
          lKey = key.substr(4);
          if (!options.tls) {
            options.tls = {};
          }
          obj = options.tls;
        } else if (key.indexOf(".") >= 0) {
          return;
        }
        if (!isProtoKey(lKey) && !(lKey in obj)) {
          obj[lKey] = value;
        }
      });
      return options;
    };
    _logFunc = (logger, level, defaults, data, message, ...args) => {
      const entry = Object.assign({}, defaults || {}, data || {});
      delete entry.level;
      let logLevel = level;
      if (typeof logger[logLevel] !== "function") {
        logLevel = ["info", "debug", "log", "trace", "warn", "error"].find((name2) => typeof logger[name2] === "function");
      }
      if (logLevel) {
        logger[logLevel](entry, message, ...args);
      }
    };
    getLogger = (options, defaults) => {
      options = options || {};
      const response = {};
      const levels = ["trace", "debug", "info", "warn", "error", "fatal"];
      if (!options.logger) {
        levels.forEach((level) => {
          response[level] = () => false;
        });
        return response;
      }
      const logger = options.logger === true ? createDefaultLogger(levels) : options.logger;
      levels.forEach((level) => {
        response[level] = (...args) => {
          const data = typeof args[0] === "string" ? void 0 : args.shift();
          _logFunc(logger, level, defaults, data, ...args);
        };
      });
      return response;
    };
    callbackPromise = (resolve4, reject) => function(...args) {
      const err = args.shift();
      if (err) {
        reject(err);
      } else {
        resolve4(...args);
      }
    };
    parseDataURI = (uri) => {
      if (typeof uri !== "string") {
        return null;
      }
      if (!uri.startsWith("data:")) {
        return null;
      }
      const commaPos = uri.indexOf(",");
      if (commaPos === -1) {
        return null;
      }
      const data = uri.substring(commaPos + 1);
      const metaStr = uri.substring("data:".length, commaPos);
      let encoding;
      const metaEntries = metaStr.split(";");
      if (metaEntries.length > 0) {
        const lastEntry = metaEntries[metaEntries.length - 1].toLowerCase().trim();
        if (["base64", "utf8", "utf-8"].includes(lastEntry) && lastEntry.indexOf("=") === -1) {
          encoding = lastEntry;
          metaEntries.pop();
        }
      }
      const contentType = metaEntries.length > 0 ? metaEntries.shift() : "application/octet-stream";
      const params = {};
      for (let i = 0; i < metaEntries.length; i++) {
        const entry = metaEntries[i];
        const sepPos = entry.indexOf("=");
        if (sepPos > 0) {
          const key = entry.substring(0, sepPos).trim();
          const value = entry.substring(sepPos + 1).trim();
          if (key && !isProtoKey(key)) {
            params[key] = value;
          }
        }
      }
      let bufferData;
      try {
        if (encoding === "base64") {
          bufferData = Buffer.from(data, "base64");
        } else {
          try {
            bufferData = Buffer.from(decodeURIComponent(data));
          } catch (_decodeError) {
            bufferData = Buffer.from(data);
          }
        }
      } catch (_bufferError) {
        bufferData = Buffer.alloc(0);
      }
      return {
        data: bufferData,
        encoding: encoding || null,
        contentType: contentType || "application/octet-stream",
        params
      };
    };
    assign = function(...args) {
      const target = args.shift() || {};
      args.forEach((source) => {
        Object.keys(source || {}).forEach((key) => {
          if (isProtoKey(key)) {
            return;
          }
          if (["tls", "auth"].includes(key) && source[key] && typeof source[key] === "object") {
            target[key] = copyOwnKeys(target[key] || {}, source[key]);
          } else {
            target[key] = source[key];
          }
        });
      });
      return target;
    };
    encodeXText = (str) => {
      if (!/[^\x21-\x2A\x2C-\x3C\x3E-\x7E]/.test(str)) {
        return str;
      }
      const buf = Buffer.from(str);
      let result = "";
      for (let i = 0, len = buf.length; i < len; i++) {
        const c = buf[i];
        if (c < 33 || c > 126 || c === 43 || c === 61) {
          result += "+" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
        } else {
          result += String.fromCharCode(c);
        }
      }
      return result;
    };
    streamErrors = /* @__PURE__ */ new WeakMap();
    URL_PARSER_UNSAFE = /[/\\?#%\x00-\x20\x7F]/;
    MAX_DOMAIN_LENGTH = 253;
    MAX_LABEL_LENGTH = 63;
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-funcs/mime-types.js
function detectMimeType(filename) {
  if (!filename) {
    return defaultMimeType;
  }
  const parsed = import_node_path.default.parse(filename);
  const extension = (parsed.ext.substr(1) || parsed.name || "").split("?").shift().trim().toLowerCase();
  const value = extensions.has(extension) ? extensions.get(extension) : defaultMimeType;
  if (Array.isArray(value)) {
    return value[0];
  }
  return value;
}
function detectExtension(mimeType) {
  if (!mimeType) {
    return defaultExtension;
  }
  const parts = mimeType.toLowerCase().trim().split("/");
  const rootType = parts.shift().trim();
  const subType = parts.join("/").trim();
  if (mimeTypes.has(rootType + "/" + subType)) {
    const value = mimeTypes.get(rootType + "/" + subType);
    if (Array.isArray(value)) {
      return value[0];
    }
    return value;
  }
  switch (rootType) {
    case "text":
      return "txt";
    default:
      return "bin";
  }
}
var import_node_path, defaultMimeType, defaultExtension, mimeTypes, extensions;
var init_mime_types = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-funcs/mime-types.js"() {
    import_node_path = __toESM(require("node:path"), 1);
    defaultMimeType = "application/octet-stream";
    defaultExtension = "bin";
    mimeTypes = /* @__PURE__ */ new Map([
      ["application/acad", "dwg"],
      ["application/applixware", "aw"],
      ["application/arj", "arj"],
      ["application/atom+xml", "xml"],
      ["application/atomcat+xml", "atomcat"],
      ["application/atomsvc+xml", "atomsvc"],
      ["application/base64", ["mm", "mme"]],
      ["application/binhex", "hqx"],
      ["application/binhex4", "hqx"],
      ["application/book", ["book", "boo"]],
      ["application/ccxml+xml,", "ccxml"],
      ["application/cdf", "cdf"],
      ["application/cdmi-capability", "cdmia"],
      ["application/cdmi-container", "cdmic"],
      ["application/cdmi-domain", "cdmid"],
      ["application/cdmi-object", "cdmio"],
      ["application/cdmi-queue", "cdmiq"],
      ["application/clariscad", "ccad"],
      ["application/commonground", "dp"],
      ["application/cu-seeme", "cu"],
      ["application/davmount+xml", "davmount"],
      ["application/drafting", "drw"],
      ["application/dsptype", "tsp"],
      ["application/dssc+der", "dssc"],
      ["application/dssc+xml", "xdssc"],
      ["application/dxf", "dxf"],
      ["application/ecmascript", ["js", "es"]],
      ["application/emma+xml", "emma"],
      ["application/envoy", "evy"],
      ["application/epub+zip", "epub"],
      ["application/excel", ["xls", "xl", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"]],
      ["application/exi", "exi"],
      ["application/font-tdpfr", "pfr"],
      ["application/fractals", "fif"],
      ["application/freeloader", "frl"],
      ["application/futuresplash", "spl"],
      ["application/geo+json", "geojson"],
      ["application/gnutar", "tgz"],
      ["application/groupwise", "vew"],
      ["application/hlp", "hlp"],
      ["application/hta", "hta"],
      ["application/hyperstudio", "stk"],
      ["application/i-deas", "unv"],
      ["application/iges", ["iges", "igs"]],
      ["application/inf", "inf"],
      ["application/internet-property-stream", "acx"],
      ["application/ipfix", "ipfix"],
      ["application/java", "class"],
      ["application/java-archive", "jar"],
      ["application/java-byte-code", "class"],
      ["application/java-serialized-object", "ser"],
      ["application/java-vm", "class"],
      ["application/javascript", "js"],
      ["application/json", "json"],
      ["application/lha", "lha"],
      ["application/lzx", "lzx"],
      ["application/mac-binary", "bin"],
      ["application/mac-binhex", "hqx"],
      ["application/mac-binhex40", "hqx"],
      ["application/mac-compactpro", "cpt"],
      ["application/macbinary", "bin"],
      ["application/mads+xml", "mads"],
      ["application/marc", "mrc"],
      ["application/marcxml+xml", "mrcx"],
      ["application/mathematica", "ma"],
      ["application/mathml+xml", "mathml"],
      ["application/mbedlet", "mbd"],
      ["application/mbox", "mbox"],
      ["application/mcad", "mcd"],
      ["application/mediaservercontrol+xml", "mscml"],
      ["application/metalink4+xml", "meta4"],
      ["application/mets+xml", "mets"],
      ["application/mime", "aps"],
      ["application/mods+xml", "mods"],
      ["application/mp21", "m21"],
      ["application/mp4", "mp4"],
      ["application/mspowerpoint", ["ppt", "pot", "pps", "ppz"]],
      ["application/msword", ["doc", "dot", "w6w", "wiz", "word"]],
      ["application/mswrite", "wri"],
      ["application/mxf", "mxf"],
      ["application/netmc", "mcp"],
      ["application/octet-stream", ["*"]],
      ["application/oda", "oda"],
      ["application/oebps-package+xml", "opf"],
      ["application/ogg", "ogx"],
      ["application/olescript", "axs"],
      ["application/onenote", "onetoc"],
      ["application/patch-ops-error+xml", "xer"],
      ["application/pdf", "pdf"],
      ["application/pgp-encrypted", "asc"],
      ["application/pgp-signature", "pgp"],
      ["application/pics-rules", "prf"],
      ["application/pkcs-12", "p12"],
      ["application/pkcs-crl", "crl"],
      ["application/pkcs10", "p10"],
      ["application/pkcs7-mime", ["p7c", "p7m"]],
      ["application/pkcs7-signature", "p7s"],
      ["application/pkcs8", "p8"],
      ["application/pkix-attr-cert", "ac"],
      ["application/pkix-cert", ["cer", "crt"]],
      ["application/pkix-crl", "crl"],
      ["application/pkix-pkipath", "pkipath"],
      ["application/pkixcmp", "pki"],
      ["application/plain", "text"],
      ["application/pls+xml", "pls"],
      ["application/postscript", ["ps", "ai", "eps"]],
      ["application/powerpoint", "ppt"],
      ["application/pro_eng", ["part", "prt"]],
      ["application/prs.cww", "cww"],
      ["application/pskc+xml", "pskcxml"],
      ["application/rdf+xml", "rdf"],
      ["application/reginfo+xml", "rif"],
      ["application/relax-ng-compact-syntax", "rnc"],
      ["application/resource-lists+xml", "rl"],
      ["application/resource-lists-diff+xml", "rld"],
      ["application/ringing-tones", "rng"],
      ["application/rls-services+xml", "rs"],
      ["application/rsd+xml", "rsd"],
      ["application/rss+xml", "xml"],
      ["application/rtf", ["rtf", "rtx"]],
      ["application/sbml+xml", "sbml"],
      ["application/scvp-cv-request", "scq"],
      ["application/scvp-cv-response", "scs"],
      ["application/scvp-vp-request", "spq"],
      ["application/scvp-vp-response", "spp"],
      ["application/sdp", "sdp"],
      ["application/sea", "sea"],
      ["application/set", "set"],
      ["application/set-payment-initiation", "setpay"],
      ["application/set-registration-initiation", "setreg"],
      ["application/shf+xml", "shf"],
      ["application/sla", "stl"],
      ["application/smil", ["smi", "smil"]],
      ["application/smil+xml", "smi"],
      ["application/solids", "sol"],
      ["application/sounder", "sdr"],
      ["application/sparql-query", "rq"],
      ["application/sparql-results+xml", "srx"],
      ["application/srgs", "gram"],
      ["application/srgs+xml", "grxml"],
      ["application/sru+xml", "sru"],
      ["application/ssml+xml", "ssml"],
      ["application/step", ["step", "stp"]],
      ["application/streamingmedia", "ssm"],
      ["application/tei+xml", "tei"],
      ["application/thraud+xml", "tfi"],
      ["application/timestamped-data", "tsd"],
      ["application/toolbook", "tbk"],
      ["application/vda", "vda"],
      ["application/vnd.3gpp.pic-bw-large", "plb"],
      ["application/vnd.3gpp.pic-bw-small", "psb"],
      ["application/vnd.3gpp.pic-bw-var", "pvb"],
      ["application/vnd.3gpp2.tcap", "tcap"],
      ["application/vnd.3m.post-it-notes", "pwn"],
      ["application/vnd.accpac.simply.aso", "aso"],
      ["application/vnd.accpac.simply.imp", "imp"],
      ["application/vnd.acucobol", "acu"],
      ["application/vnd.acucorp", "atc"],
      ["application/vnd.adobe.air-application-installer-package+zip", "air"],
      ["application/vnd.adobe.fxp", "fxp"],
      ["application/vnd.adobe.xdp+xml", "xdp"],
      ["application/vnd.adobe.xfdf", "xfdf"],
      ["application/vnd.ahead.space", "ahead"],
      ["application/vnd.airzip.filesecure.azf", "azf"],
      ["application/vnd.airzip.filesecure.azs", "azs"],
      ["application/vnd.amazon.ebook", "azw"],
      ["application/vnd.americandynamics.acc", "acc"],
      ["application/vnd.amiga.ami", "ami"],
      ["application/vnd.android.package-archive", "apk"],
      ["application/vnd.anser-web-certificate-issue-initiation", "cii"],
      ["application/vnd.anser-web-funds-transfer-initiation", "fti"],
      ["application/vnd.antix.game-component", "atx"],
      ["application/vnd.apple.installer+xml", "mpkg"],
      ["application/vnd.apple.mpegurl", "m3u8"],
      ["application/vnd.aristanetworks.swi", "swi"],
      ["application/vnd.audiograph", "aep"],
      ["application/vnd.blueice.multipass", "mpm"],
      ["application/vnd.bmi", "bmi"],
      ["application/vnd.businessobjects", "rep"],
      ["application/vnd.chemdraw+xml", "cdxml"],
      ["application/vnd.chipnuts.karaoke-mmd", "mmd"],
      ["application/vnd.cinderella", "cdy"],
      ["application/vnd.claymore", "cla"],
      ["application/vnd.cloanto.rp9", "rp9"],
      ["application/vnd.clonk.c4group", "c4g"],
      ["application/vnd.cluetrust.cartomobile-config", "c11amc"],
      ["application/vnd.cluetrust.cartomobile-config-pkg", "c11amz"],
      ["application/vnd.commonspace", "csp"],
      ["application/vnd.contact.cmsg", "cdbcmsg"],
      ["application/vnd.cosmocaller", "cmc"],
      ["application/vnd.crick.clicker", "clkx"],
      ["application/vnd.crick.clicker.keyboard", "clkk"],
      ["application/vnd.crick.clicker.palette", "clkp"],
      ["application/vnd.crick.clicker.template", "clkt"],
      ["application/vnd.crick.clicker.wordbank", "clkw"],
      ["application/vnd.criticaltools.wbs+xml", "wbs"],
      ["application/vnd.ctc-posml", "pml"],
      ["application/vnd.cups-ppd", "ppd"],
      ["application/vnd.curl.car", "car"],
      ["application/vnd.curl.pcurl", "pcurl"],
      ["application/vnd.data-vision.rdz", "rdz"],
      ["application/vnd.denovo.fcselayout-link", "fe_launch"],
      ["application/vnd.dna", "dna"],
      ["application/vnd.dolby.mlp", "mlp"],
      ["application/vnd.dpgraph", "dpg"],
      ["application/vnd.dreamfactory", "dfac"],
      ["application/vnd.dvb.ait", "ait"],
      ["application/vnd.dvb.service", "svc"],
      ["application/vnd.dynageo", "geo"],
      ["application/vnd.ecowin.chart", "mag"],
      ["application/vnd.enliven", "nml"],
      ["application/vnd.epson.esf", "esf"],
      ["application/vnd.epson.msf", "msf"],
      ["application/vnd.epson.quickanime", "qam"],
      ["application/vnd.epson.salt", "slt"],
      ["application/vnd.epson.ssf", "ssf"],
      ["application/vnd.eszigno3+xml", "es3"],
      ["application/vnd.ezpix-album", "ez2"],
      ["application/vnd.ezpix-package", "ez3"],
      ["application/vnd.fdf", "fdf"],
      ["application/vnd.fdsn.seed", "seed"],
      ["application/vnd.flographit", "gph"],
      ["application/vnd.fluxtime.clip", "ftc"],
      ["application/vnd.framemaker", "fm"],
      ["application/vnd.frogans.fnc", "fnc"],
      ["application/vnd.frogans.ltf", "ltf"],
      ["application/vnd.fsc.weblaunch", "fsc"],
      ["application/vnd.fujitsu.oasys", "oas"],
      ["application/vnd.fujitsu.oasys2", "oa2"],
      ["application/vnd.fujitsu.oasys3", "oa3"],
      ["application/vnd.fujitsu.oasysgp", "fg5"],
      ["application/vnd.fujitsu.oasysprs", "bh2"],
      ["application/vnd.fujixerox.ddd", "ddd"],
      ["application/vnd.fujixerox.docuworks", "xdw"],
      ["application/vnd.fujixerox.docuworks.binder", "xbd"],
      ["application/vnd.fuzzysheet", "fzs"],
      ["application/vnd.genomatix.tuxedo", "txd"],
      ["application/vnd.geogebra.file", "ggb"],
      ["application/vnd.geogebra.tool", "ggt"],
      ["application/vnd.geometry-explorer", "gex"],
      ["application/vnd.geonext", "gxt"],
      ["application/vnd.geoplan", "g2w"],
      ["application/vnd.geospace", "g3w"],
      ["application/vnd.gmx", "gmx"],
      ["application/vnd.google-earth.kml+xml", "kml"],
      ["application/vnd.google-earth.kmz", "kmz"],
      ["application/vnd.grafeq", "gqf"],
      ["application/vnd.groove-account", "gac"],
      ["application/vnd.groove-help", "ghf"],
      ["application/vnd.groove-identity-message", "gim"],
      ["application/vnd.groove-injector", "grv"],
      ["application/vnd.groove-tool-message", "gtm"],
      ["application/vnd.groove-tool-template", "tpl"],
      ["application/vnd.groove-vcard", "vcg"],
      ["application/vnd.hal+xml", "hal"],
      ["application/vnd.handheld-entertainment+xml", "zmm"],
      ["application/vnd.hbci", "hbci"],
      ["application/vnd.hhe.lesson-player", "les"],
      ["application/vnd.hp-hpgl", ["hgl", "hpg", "hpgl"]],
      ["application/vnd.hp-hpid", "hpid"],
      ["application/vnd.hp-hps", "hps"],
      ["application/vnd.hp-jlyt", "jlt"],
      ["application/vnd.hp-pcl", "pcl"],
      ["application/vnd.hp-pclxl", "pclxl"],
      ["application/vnd.hydrostatix.sof-data", "sfd-hdstx"],
      ["application/vnd.hzn-3d-crossword", "x3d"],
      ["application/vnd.ibm.minipay", "mpy"],
      ["application/vnd.ibm.modcap", "afp"],
      ["application/vnd.ibm.rights-management", "irm"],
      ["application/vnd.ibm.secure-container", "sc"],
      ["application/vnd.iccprofile", "icc"],
      ["application/vnd.igloader", "igl"],
      ["application/vnd.immervision-ivp", "ivp"],
      ["application/vnd.immervision-ivu", "ivu"],
      ["application/vnd.insors.igm", "igm"],
      ["application/vnd.intercon.formnet", "xpw"],
      ["application/vnd.intergeo", "i2g"],
      ["application/vnd.intu.qbo", "qbo"],
      ["application/vnd.intu.qfx", "qfx"],
      ["application/vnd.ipunplugged.rcprofile", "rcprofile"],
      ["application/vnd.irepository.package+xml", "irp"],
      ["application/vnd.is-xpr", "xpr"],
      ["application/vnd.isac.fcs", "fcs"],
      ["application/vnd.jam", "jam"],
      ["application/vnd.jcp.javame.midlet-rms", "rms"],
      ["application/vnd.jisp", "jisp"],
      ["application/vnd.joost.joda-archive", "joda"],
      ["application/vnd.kahootz", "ktz"],
      ["application/vnd.kde.karbon", "karbon"],
      ["application/vnd.kde.kchart", "chrt"],
      ["application/vnd.kde.kformula", "kfo"],
      ["application/vnd.kde.kivio", "flw"],
      ["application/vnd.kde.kontour", "kon"],
      ["application/vnd.kde.kpresenter", "kpr"],
      ["application/vnd.kde.kspread", "ksp"],
      ["application/vnd.kde.kword", "kwd"],
      ["application/vnd.kenameaapp", "htke"],
      ["application/vnd.kidspiration", "kia"],
      ["application/vnd.kinar", "kne"],
      ["application/vnd.koan", "skp"],
      ["application/vnd.kodak-descriptor", "sse"],
      ["application/vnd.las.las+xml", "lasxml"],
      ["application/vnd.llamagraphics.life-balance.desktop", "lbd"],
      ["application/vnd.llamagraphics.life-balance.exchange+xml", "lbe"],
      ["application/vnd.lotus-1-2-3", "123"],
      ["application/vnd.lotus-approach", "apr"],
      ["application/vnd.lotus-freelance", "pre"],
      ["application/vnd.lotus-notes", "nsf"],
      ["application/vnd.lotus-organizer", "org"],
      ["application/vnd.lotus-screencam", "scm"],
      ["application/vnd.lotus-wordpro", "lwp"],
      ["application/vnd.macports.portpkg", "portpkg"],
      ["application/vnd.mcd", "mcd"],
      ["application/vnd.medcalcdata", "mc1"],
      ["application/vnd.mediastation.cdkey", "cdkey"],
      ["application/vnd.mfer", "mwf"],
      ["application/vnd.mfmp", "mfm"],
      ["application/vnd.micrografx.flo", "flo"],
      ["application/vnd.micrografx.igx", "igx"],
      ["application/vnd.mif", "mif"],
      ["application/vnd.mobius.daf", "daf"],
      ["application/vnd.mobius.dis", "dis"],
      ["application/vnd.mobius.mbk", "mbk"],
      ["application/vnd.mobius.mqy", "mqy"],
      ["application/vnd.mobius.msl", "msl"],
      ["application/vnd.mobius.plc", "plc"],
      ["application/vnd.mobius.txf", "txf"],
      ["application/vnd.mophun.application", "mpn"],
      ["application/vnd.mophun.certificate", "mpc"],
      ["application/vnd.mozilla.xul+xml", "xul"],
      ["application/vnd.ms-artgalry", "cil"],
      ["application/vnd.ms-cab-compressed", "cab"],
      ["application/vnd.ms-excel", ["xls", "xla", "xlc", "xlm", "xlt", "xlw", "xlb", "xll"]],
      ["application/vnd.ms-excel.addin.macroenabled.12", "xlam"],
      ["application/vnd.ms-excel.sheet.binary.macroenabled.12", "xlsb"],
      ["application/vnd.ms-excel.sheet.macroenabled.12", "xlsm"],
      ["application/vnd.ms-excel.template.macroenabled.12", "xltm"],
      ["application/vnd.ms-fontobject", "eot"],
      ["application/vnd.ms-htmlhelp", "chm"],
      ["application/vnd.ms-ims", "ims"],
      ["application/vnd.ms-lrm", "lrm"],
      ["application/vnd.ms-officetheme", "thmx"],
      ["application/vnd.ms-outlook", "msg"],
      ["application/vnd.ms-pki.certstore", "sst"],
      ["application/vnd.ms-pki.pko", "pko"],
      ["application/vnd.ms-pki.seccat", "cat"],
      ["application/vnd.ms-pki.stl", "stl"],
      ["application/vnd.ms-pkicertstore", "sst"],
      ["application/vnd.ms-pkiseccat", "cat"],
      ["application/vnd.ms-pkistl", "stl"],
      ["application/vnd.ms-powerpoint", ["ppt", "pot", "pps", "ppa", "pwz"]],
      ["application/vnd.ms-powerpoint.addin.macroenabled.12", "ppam"],
      ["application/vnd.ms-powerpoint.presentation.macroenabled.12", "pptm"],
      ["application/vnd.ms-powerpoint.slide.macroenabled.12", "sldm"],
      ["application/vnd.ms-powerpoint.slideshow.macroenabled.12", "ppsm"],
      ["application/vnd.ms-powerpoint.template.macroenabled.12", "potm"],
      ["application/vnd.ms-project", "mpp"],
      ["application/vnd.ms-word.document.macroenabled.12", "docm"],
      ["application/vnd.ms-word.template.macroenabled.12", "dotm"],
      ["application/vnd.ms-works", ["wks", "wcm", "wdb", "wps"]],
      ["application/vnd.ms-wpl", "wpl"],
      ["application/vnd.ms-xpsdocument", "xps"],
      ["application/vnd.mseq", "mseq"],
      ["application/vnd.musician", "mus"],
      ["application/vnd.muvee.style", "msty"],
      ["application/vnd.neurolanguage.nlu", "nlu"],
      ["application/vnd.noblenet-directory", "nnd"],
      ["application/vnd.noblenet-sealer", "nns"],
      ["application/vnd.noblenet-web", "nnw"],
      ["application/vnd.nokia.configuration-message", "ncm"],
      ["application/vnd.nokia.n-gage.data", "ngdat"],
      ["application/vnd.nokia.n-gage.symbian.install", "n-gage"],
      ["application/vnd.nokia.radio-preset", "rpst"],
      ["application/vnd.nokia.radio-presets", "rpss"],
      ["application/vnd.nokia.ringing-tone", "rng"],
      ["application/vnd.novadigm.edm", "edm"],
      ["application/vnd.novadigm.edx", "edx"],
      ["application/vnd.novadigm.ext", "ext"],
      ["application/vnd.oasis.opendocument.chart", "odc"],
      ["application/vnd.oasis.opendocument.chart-template", "otc"],
      ["application/vnd.oasis.opendocument.database", "odb"],
      ["application/vnd.oasis.opendocument.formula", "odf"],
      ["application/vnd.oasis.opendocument.formula-template", "odft"],
      ["application/vnd.oasis.opendocument.graphics", "odg"],
      ["application/vnd.oasis.opendocument.graphics-template", "otg"],
      ["application/vnd.oasis.opendocument.image", "odi"],
      ["application/vnd.oasis.opendocument.image-template", "oti"],
      ["application/vnd.oasis.opendocument.presentation", "odp"],
      ["application/vnd.oasis.opendocument.presentation-template", "otp"],
      ["application/vnd.oasis.opendocument.spreadsheet", "ods"],
      ["application/vnd.oasis.opendocument.spreadsheet-template", "ots"],
      ["application/vnd.oasis.opendocument.text", "odt"],
      ["application/vnd.oasis.opendocument.text-master", "odm"],
      ["application/vnd.oasis.opendocument.text-template", "ott"],
      ["application/vnd.oasis.opendocument.text-web", "oth"],
      ["application/vnd.olpc-sugar", "xo"],
      ["application/vnd.oma.dd2+xml", "dd2"],
      ["application/vnd.openofficeorg.extension", "oxt"],
      ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.slide", "sldx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.slideshow", "ppsx"],
      ["application/vnd.openxmlformats-officedocument.presentationml.template", "potx"],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.template", "xltx"],
      ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
      ["application/vnd.openxmlformats-officedocument.wordprocessingml.template", "dotx"],
      ["application/vnd.osgeo.mapguide.package", "mgp"],
      ["application/vnd.osgi.dp", "dp"],
      ["application/vnd.palm", "pdb"],
      ["application/vnd.pawaafile", "paw"],
      ["application/vnd.pg.format", "str"],
      ["application/vnd.pg.osasli", "ei6"],
      ["application/vnd.picsel", "efif"],
      ["application/vnd.pmi.widget", "wg"],
      ["application/vnd.pocketlearn", "plf"],
      ["application/vnd.powerbuilder6", "pbd"],
      ["application/vnd.previewsystems.box", "box"],
      ["application/vnd.proteus.magazine", "mgz"],
      ["application/vnd.publishare-delta-tree", "qps"],
      ["application/vnd.pvi.ptid1", "ptid"],
      ["application/vnd.quark.quarkxpress", "qxd"],
      ["application/vnd.realvnc.bed", "bed"],
      ["application/vnd.recordare.musicxml", "mxl"],
      ["application/vnd.recordare.musicxml+xml", "musicxml"],
      ["application/vnd.rig.cryptonote", "cryptonote"],
      ["application/vnd.rim.cod", "cod"],
      ["application/vnd.rn-realmedia", "rm"],
      ["application/vnd.rn-realplayer", "rnx"],
      ["application/vnd.route66.link66+xml", "link66"],
      ["application/vnd.sailingtracker.track", "st"],
      ["application/vnd.seemail", "see"],
      ["application/vnd.sema", "sema"],
      ["application/vnd.semd", "semd"],
      ["application/vnd.semf", "semf"],
      ["application/vnd.shana.informed.formdata", "ifm"],
      ["application/vnd.shana.informed.formtemplate", "itp"],
      ["application/vnd.shana.informed.interchange", "iif"],
      ["application/vnd.shana.informed.package", "ipk"],
      ["application/vnd.simtech-mindmapper", "twd"],
      ["application/vnd.smaf", "mmf"],
      ["application/vnd.smart.teacher", "teacher"],
      ["application/vnd.solent.sdkm+xml", "sdkm"],
      ["application/vnd.spotfire.dxp", "dxp"],
      ["application/vnd.spotfire.sfs", "sfs"],
      ["application/vnd.stardivision.calc", "sdc"],
      ["application/vnd.stardivision.draw", "sda"],
      ["application/vnd.stardivision.impress", "sdd"],
      ["application/vnd.stardivision.math", "smf"],
      ["application/vnd.stardivision.writer", "sdw"],
      ["application/vnd.stardivision.writer-global", "sgl"],
      ["application/vnd.stepmania.stepchart", "sm"],
      ["application/vnd.sun.xml.calc", "sxc"],
      ["application/vnd.sun.xml.calc.template", "stc"],
      ["application/vnd.sun.xml.draw", "sxd"],
      ["application/vnd.sun.xml.draw.template", "std"],
      ["application/vnd.sun.xml.impress", "sxi"],
      ["application/vnd.sun.xml.impress.template", "sti"],
      ["application/vnd.sun.xml.math", "sxm"],
      ["application/vnd.sun.xml.writer", "sxw"],
      ["application/vnd.sun.xml.writer.global", "sxg"],
      ["application/vnd.sun.xml.writer.template", "stw"],
      ["application/vnd.sus-calendar", "sus"],
      ["application/vnd.svd", "svd"],
      ["application/vnd.symbian.install", "sis"],
      ["application/vnd.syncml+xml", "xsm"],
      ["application/vnd.syncml.dm+wbxml", "bdm"],
      ["application/vnd.syncml.dm+xml", "xdm"],
      ["application/vnd.tao.intent-module-archive", "tao"],
      ["application/vnd.tmobile-livetv", "tmo"],
      ["application/vnd.trid.tpt", "tpt"],
      ["application/vnd.triscape.mxs", "mxs"],
      ["application/vnd.trueapp", "tra"],
      ["application/vnd.ufdl", "ufd"],
      ["application/vnd.uiq.theme", "utz"],
      ["application/vnd.umajin", "umj"],
      ["application/vnd.unity", "unityweb"],
      ["application/vnd.uoml+xml", "uoml"],
      ["application/vnd.vcx", "vcx"],
      ["application/vnd.visio", "vsd"],
      ["application/vnd.visionary", "vis"],
      ["application/vnd.vsf", "vsf"],
      ["application/vnd.wap.wbxml", "wbxml"],
      ["application/vnd.wap.wmlc", "wmlc"],
      ["application/vnd.wap.wmlscriptc", "wmlsc"],
      ["application/vnd.webturbo", "wtb"],
      ["application/vnd.wolfram.player", "nbp"],
      ["application/vnd.wordperfect", "wpd"],
      ["application/vnd.wqd", "wqd"],
      ["application/vnd.wt.stf", "stf"],
      ["application/vnd.xara", ["web", "xar"]],
      ["application/vnd.xfdl", "xfdl"],
      ["application/vnd.yamaha.hv-dic", "hvd"],
      ["application/vnd.yamaha.hv-script", "hvs"],
      ["application/vnd.yamaha.hv-voice", "hvp"],
      ["application/vnd.yamaha.openscoreformat", "osf"],
      ["application/vnd.yamaha.openscoreformat.osfpvg+xml", "osfpvg"],
      ["application/vnd.yamaha.smaf-audio", "saf"],
      ["application/vnd.yamaha.smaf-phrase", "spf"],
      ["application/vnd.yellowriver-custom-menu", "cmp"],
      ["application/vnd.zul", "zir"],
      ["application/vnd.zzazz.deck+xml", "zaz"],
      ["application/vocaltec-media-desc", "vmd"],
      ["application/vocaltec-media-file", "vmf"],
      ["application/voicexml+xml", "vxml"],
      ["application/widget", "wgt"],
      ["application/winhlp", "hlp"],
      ["application/wordperfect", ["wp", "wp5", "wp6", "wpd"]],
      ["application/wordperfect6.0", ["w60", "wp5"]],
      ["application/wordperfect6.1", "w61"],
      ["application/wsdl+xml", "wsdl"],
      ["application/wspolicy+xml", "wspolicy"],
      ["application/x-123", "wk1"],
      ["application/x-7z-compressed", "7z"],
      ["application/x-abiword", "abw"],
      ["application/x-ace-compressed", "ace"],
      ["application/x-aim", "aim"],
      ["application/x-authorware-bin", "aab"],
      ["application/x-authorware-map", "aam"],
      ["application/x-authorware-seg", "aas"],
      ["application/x-bcpio", "bcpio"],
      ["application/x-binary", "bin"],
      ["application/x-binhex40", "hqx"],
      ["application/x-bittorrent", "torrent"],
      ["application/x-bsh", ["bsh", "sh", "shar"]],
      ["application/x-bytecode.elisp", "elc"],
      ["application/x-bytecode.python", "pyc"],
      ["application/x-bzip", "bz"],
      ["application/x-bzip2", ["boz", "bz2"]],
      ["application/x-cdf", "cdf"],
      ["application/x-cdlink", "vcd"],
      ["application/x-chat", ["cha", "chat"]],
      ["application/x-chess-pgn", "pgn"],
      ["application/x-cmu-raster", "ras"],
      ["application/x-cocoa", "cco"],
      ["application/x-compactpro", "cpt"],
      ["application/x-compress", "z"],
      ["application/x-compressed", ["tgz", "gz", "z", "zip"]],
      ["application/x-conference", "nsc"],
      ["application/x-cpio", "cpio"],
      ["application/x-cpt", "cpt"],
      ["application/x-csh", "csh"],
      ["application/x-debian-package", "deb"],
      ["application/x-deepv", "deepv"],
      ["application/x-director", ["dir", "dcr", "dxr"]],
      ["application/x-doom", "wad"],
      ["application/x-dtbncx+xml", "ncx"],
      ["application/x-dtbook+xml", "dtb"],
      ["application/x-dtbresource+xml", "res"],
      ["application/x-dvi", "dvi"],
      ["application/x-elc", "elc"],
      ["application/x-envoy", ["env", "evy"]],
      ["application/x-esrehber", "es"],
      ["application/x-excel", ["xls", "xla", "xlb", "xlc", "xld", "xlk", "xll", "xlm", "xlt", "xlv", "xlw"]],
      ["application/x-font-bdf", "bdf"],
      ["application/x-font-ghostscript", "gsf"],
      ["application/x-font-linux-psf", "psf"],
      ["application/x-font-otf", "otf"],
      ["application/x-font-pcf", "pcf"],
      ["application/x-font-snf", "snf"],
      ["application/x-font-ttf", "ttf"],
      ["application/x-font-type1", "pfa"],
      ["application/x-font-woff", "woff"],
      ["application/x-frame", "mif"],
      ["application/x-freelance", "pre"],
      ["application/x-futuresplash", "spl"],
      ["application/x-gnumeric", "gnumeric"],
      ["application/x-gsp", "gsp"],
      ["application/x-gss", "gss"],
      ["application/x-gtar", "gtar"],
      ["application/x-gzip", ["gz", "gzip"]],
      ["application/x-hdf", "hdf"],
      ["application/x-helpfile", ["help", "hlp"]],
      ["application/x-httpd-imap", "imap"],
      ["application/x-ima", "ima"],
      ["application/x-internet-signup", ["ins", "isp"]],
      ["application/x-internett-signup", "ins"],
      ["application/x-inventor", "iv"],
      ["application/x-ip2", "ip"],
      ["application/x-iphone", "iii"],
      ["application/x-java-class", "class"],
      ["application/x-java-commerce", "jcm"],
      ["application/x-java-jnlp-file", "jnlp"],
      ["application/x-javascript", "js"],
      ["application/x-koan", ["skd", "skm", "skp", "skt"]],
      ["application/x-ksh", "ksh"],
      ["application/x-latex", ["latex", "ltx"]],
      ["application/x-lha", "lha"],
      ["application/x-lisp", "lsp"],
      ["application/x-livescreen", "ivy"],
      ["application/x-lotus", "wq1"],
      ["application/x-lotusscreencam", "scm"],
      ["application/x-lzh", "lzh"],
      ["application/x-lzx", "lzx"],
      ["application/x-mac-binhex40", "hqx"],
      ["application/x-macbinary", "bin"],
      ["application/x-magic-cap-package-1.0", "mc$"],
      ["application/x-mathcad", "mcd"],
      ["application/x-meme", "mm"],
      ["application/x-midi", ["mid", "midi"]],
      ["application/x-mif", "mif"],
      ["application/x-mix-transfer", "nix"],
      ["application/x-mobipocket-ebook", "prc"],
      ["application/x-mplayer2", "asx"],
      ["application/x-ms-application", "application"],
      ["application/x-ms-wmd", "wmd"],
      ["application/x-ms-wmz", "wmz"],
      ["application/x-ms-xbap", "xbap"],
      ["application/x-msaccess", "mdb"],
      ["application/x-msbinder", "obd"],
      ["application/x-mscardfile", "crd"],
      ["application/x-msclip", "clp"],
      ["application/x-msdownload", ["exe", "dll"]],
      ["application/x-msexcel", ["xls", "xla", "xlw"]],
      ["application/x-msmediaview", ["mvb", "m13", "m14"]],
      ["application/x-msmetafile", "wmf"],
      ["application/x-msmoney", "mny"],
      ["application/x-mspowerpoint", "ppt"],
      ["application/x-mspublisher", "pub"],
      ["application/x-msschedule", "scd"],
      ["application/x-msterminal", "trm"],
      ["application/x-mswrite", "wri"],
      ["application/x-navi-animation", "ani"],
      ["application/x-navidoc", "nvd"],
      ["application/x-navimap", "map"],
      ["application/x-navistyle", "stl"],
      ["application/x-netcdf", ["cdf", "nc"]],
      ["application/x-newton-compatible-pkg", "pkg"],
      ["application/x-nokia-9000-communicator-add-on-software", "aos"],
      ["application/x-omc", "omc"],
      ["application/x-omcdatamaker", "omcd"],
      ["application/x-omcregerator", "omcr"],
      ["application/x-pagemaker", ["pm4", "pm5"]],
      ["application/x-pcl", "pcl"],
      ["application/x-perfmon", ["pma", "pmc", "pml", "pmr", "pmw"]],
      ["application/x-pixclscript", "plx"],
      ["application/x-pkcs10", "p10"],
      ["application/x-pkcs12", ["p12", "pfx"]],
      ["application/x-pkcs7-certificates", ["p7b", "spc"]],
      ["application/x-pkcs7-certreqresp", "p7r"],
      ["application/x-pkcs7-mime", ["p7m", "p7c"]],
      ["application/x-pkcs7-signature", ["p7s", "p7a"]],
      ["application/x-pointplus", "css"],
      ["application/x-portable-anymap", "pnm"],
      ["application/x-project", ["mpc", "mpt", "mpv", "mpx"]],
      ["application/x-qpro", "wb1"],
      ["application/x-rar-compressed", "rar"],
      ["application/x-rtf", "rtf"],
      ["application/x-sdp", "sdp"],
      ["application/x-sea", "sea"],
      ["application/x-seelogo", "sl"],
      ["application/x-sh", "sh"],
      ["application/x-shar", ["shar", "sh"]],
      ["application/x-shockwave-flash", "swf"],
      ["application/x-silverlight-app", "xap"],
      ["application/x-sit", "sit"],
      ["application/x-sprite", ["spr", "sprite"]],
      ["application/x-stuffit", "sit"],
      ["application/x-stuffitx", "sitx"],
      ["application/x-sv4cpio", "sv4cpio"],
      ["application/x-sv4crc", "sv4crc"],
      ["application/x-tar", "tar"],
      ["application/x-tbook", ["sbk", "tbk"]],
      ["application/x-tcl", "tcl"],
      ["application/x-tex", "tex"],
      ["application/x-tex-tfm", "tfm"],
      ["application/x-texinfo", ["texi", "texinfo"]],
      ["application/x-troff", ["roff", "t", "tr"]],
      ["application/x-troff-man", "man"],
      ["application/x-troff-me", "me"],
      ["application/x-troff-ms", "ms"],
      ["application/x-troff-msvideo", "avi"],
      ["application/x-ustar", "ustar"],
      ["application/x-visio", ["vsd", "vst", "vsw"]],
      ["application/x-vnd.audioexplosion.mzz", "mzz"],
      ["application/x-vnd.ls-xpix", "xpix"],
      ["application/x-vrml", "vrml"],
      ["application/x-wais-source", ["src", "wsrc"]],
      ["application/x-winhelp", "hlp"],
      ["application/x-wintalk", "wtk"],
      ["application/x-world", ["wrl", "svr"]],
      ["application/x-wpwin", "wpd"],
      ["application/x-wri", "wri"],
      ["application/x-x509-ca-cert", ["cer", "crt", "der"]],
      ["application/x-x509-user-cert", "crt"],
      ["application/x-xfig", "fig"],
      ["application/x-xpinstall", "xpi"],
      ["application/x-zip-compressed", "zip"],
      ["application/xcap-diff+xml", "xdf"],
      ["application/xenc+xml", "xenc"],
      ["application/xhtml+xml", "xhtml"],
      ["application/xml", "xml"],
      ["application/xml-dtd", "dtd"],
      ["application/xop+xml", "xop"],
      ["application/xslt+xml", "xslt"],
      ["application/xspf+xml", "xspf"],
      ["application/xv+xml", "mxml"],
      ["application/yang", "yang"],
      ["application/yin+xml", "yin"],
      ["application/ynd.ms-pkipko", "pko"],
      ["application/zip", "zip"],
      ["audio/adpcm", "adp"],
      ["audio/aiff", ["aiff", "aif", "aifc"]],
      ["audio/basic", ["snd", "au"]],
      ["audio/it", "it"],
      ["audio/make", ["funk", "my", "pfunk"]],
      ["audio/make.my.funk", "pfunk"],
      ["audio/mid", ["mid", "rmi"]],
      ["audio/midi", ["midi", "kar", "mid"]],
      ["audio/mod", "mod"],
      ["audio/mp4", "mp4a"],
      ["audio/mpeg", ["mpga", "mp3", "m2a", "mp2", "mpa", "mpg"]],
      ["audio/mpeg3", "mp3"],
      ["audio/nspaudio", ["la", "lma"]],
      ["audio/ogg", "oga"],
      ["audio/s3m", "s3m"],
      ["audio/tsp-audio", "tsi"],
      ["audio/tsplayer", "tsp"],
      ["audio/vnd.dece.audio", "uva"],
      ["audio/vnd.digital-winds", "eol"],
      ["audio/vnd.dra", "dra"],
      ["audio/vnd.dts", "dts"],
      ["audio/vnd.dts.hd", "dtshd"],
      ["audio/vnd.lucent.voice", "lvp"],
      ["audio/vnd.ms-playready.media.pya", "pya"],
      ["audio/vnd.nuera.ecelp4800", "ecelp4800"],
      ["audio/vnd.nuera.ecelp7470", "ecelp7470"],
      ["audio/vnd.nuera.ecelp9600", "ecelp9600"],
      ["audio/vnd.qcelp", "qcp"],
      ["audio/vnd.rip", "rip"],
      ["audio/voc", "voc"],
      ["audio/voxware", "vox"],
      ["audio/wav", "wav"],
      ["audio/webm", "weba"],
      ["audio/x-aac", "aac"],
      ["audio/x-adpcm", "snd"],
      ["audio/x-aiff", ["aiff", "aif", "aifc"]],
      ["audio/x-au", "au"],
      ["audio/x-gsm", ["gsd", "gsm"]],
      ["audio/x-jam", "jam"],
      ["audio/x-liveaudio", "lam"],
      ["audio/x-mid", ["mid", "midi"]],
      ["audio/x-midi", ["midi", "mid"]],
      ["audio/x-mod", "mod"],
      ["audio/x-mpeg", "mp2"],
      ["audio/x-mpeg-3", "mp3"],
      ["audio/x-mpegurl", "m3u"],
      ["audio/x-mpequrl", "m3u"],
      ["audio/x-ms-wax", "wax"],
      ["audio/x-ms-wma", "wma"],
      ["audio/x-nspaudio", ["la", "lma"]],
      ["audio/x-pn-realaudio", ["ra", "ram", "rm", "rmm", "rmp"]],
      ["audio/x-pn-realaudio-plugin", ["ra", "rmp", "rpm"]],
      ["audio/x-psid", "sid"],
      ["audio/x-realaudio", "ra"],
      ["audio/x-twinvq", "vqf"],
      ["audio/x-twinvq-plugin", ["vqe", "vql"]],
      ["audio/x-vnd.audioexplosion.mjuicemediafile", "mjf"],
      ["audio/x-voc", "voc"],
      ["audio/x-wav", "wav"],
      ["audio/xm", "xm"],
      ["chemical/x-cdx", "cdx"],
      ["chemical/x-cif", "cif"],
      ["chemical/x-cmdf", "cmdf"],
      ["chemical/x-cml", "cml"],
      ["chemical/x-csml", "csml"],
      ["chemical/x-pdb", ["pdb", "xyz"]],
      ["chemical/x-xyz", "xyz"],
      ["drawing/x-dwf", "dwf"],
      ["i-world/i-vrml", "ivr"],
      ["image/bmp", ["bmp", "bm"]],
      ["image/cgm", "cgm"],
      ["image/cis-cod", "cod"],
      ["image/cmu-raster", ["ras", "rast"]],
      ["image/fif", "fif"],
      ["image/florian", ["flo", "turbot"]],
      ["image/g3fax", "g3"],
      ["image/gif", "gif"],
      ["image/ief", ["ief", "iefs"]],
      ["image/jpeg", ["jpeg", "jpe", "jpg", "jfif", "jfif-tbnl"]],
      ["image/jutvision", "jut"],
      ["image/ktx", "ktx"],
      ["image/naplps", ["nap", "naplps"]],
      ["image/pict", ["pic", "pict"]],
      ["image/pipeg", "jfif"],
      ["image/pjpeg", ["jfif", "jpe", "jpeg", "jpg"]],
      ["image/png", ["png", "x-png"]],
      ["image/prs.btif", "btif"],
      ["image/svg+xml", "svg"],
      ["image/tiff", ["tif", "tiff"]],
      ["image/vasa", "mcf"],
      ["image/vnd.adobe.photoshop", "psd"],
      ["image/vnd.dece.graphic", "uvi"],
      ["image/vnd.djvu", "djvu"],
      ["image/vnd.dvb.subtitle", "sub"],
      ["image/vnd.dwg", ["dwg", "dxf", "svf"]],
      ["image/vnd.dxf", "dxf"],
      ["image/vnd.fastbidsheet", "fbs"],
      ["image/vnd.fpx", "fpx"],
      ["image/vnd.fst", "fst"],
      ["image/vnd.fujixerox.edmics-mmr", "mmr"],
      ["image/vnd.fujixerox.edmics-rlc", "rlc"],
      ["image/vnd.ms-modi", "mdi"],
      ["image/vnd.net-fpx", ["fpx", "npx"]],
      ["image/vnd.rn-realflash", "rf"],
      ["image/vnd.rn-realpix", "rp"],
      ["image/vnd.wap.wbmp", "wbmp"],
      ["image/vnd.xiff", "xif"],
      ["image/webp", "webp"],
      ["image/x-cmu-raster", "ras"],
      ["image/x-cmx", "cmx"],
      ["image/x-dwg", ["dwg", "dxf", "svf"]],
      ["image/x-freehand", "fh"],
      ["image/x-icon", "ico"],
      ["image/x-jg", "art"],
      ["image/x-jps", "jps"],
      ["image/x-niff", ["niff", "nif"]],
      ["image/x-pcx", "pcx"],
      ["image/x-pict", ["pct", "pic"]],
      ["image/x-portable-anymap", "pnm"],
      ["image/x-portable-bitmap", "pbm"],
      ["image/x-portable-graymap", "pgm"],
      ["image/x-portable-greymap", "pgm"],
      ["image/x-portable-pixmap", "ppm"],
      ["image/x-quicktime", ["qif", "qti", "qtif"]],
      ["image/x-rgb", "rgb"],
      ["image/x-tiff", ["tif", "tiff"]],
      ["image/x-windows-bmp", "bmp"],
      ["image/x-xbitmap", "xbm"],
      ["image/x-xbm", "xbm"],
      ["image/x-xpixmap", ["xpm", "pm"]],
      ["image/x-xwd", "xwd"],
      ["image/x-xwindowdump", "xwd"],
      ["image/xbm", "xbm"],
      ["image/xpm", "xpm"],
      ["message/rfc822", ["eml", "mht", "mhtml", "nws", "mime"]],
      ["model/iges", ["iges", "igs"]],
      ["model/mesh", "msh"],
      ["model/vnd.collada+xml", "dae"],
      ["model/vnd.dwf", "dwf"],
      ["model/vnd.gdl", "gdl"],
      ["model/vnd.gtw", "gtw"],
      ["model/vnd.mts", "mts"],
      ["model/vnd.vtu", "vtu"],
      ["model/vrml", ["vrml", "wrl", "wrz"]],
      ["model/x-pov", "pov"],
      ["multipart/x-gzip", "gzip"],
      ["multipart/x-ustar", "ustar"],
      ["multipart/x-zip", "zip"],
      ["music/crescendo", ["mid", "midi"]],
      ["music/x-karaoke", "kar"],
      ["paleovu/x-pv", "pvu"],
      ["text/asp", "asp"],
      ["text/calendar", "ics"],
      ["text/css", "css"],
      ["text/csv", "csv"],
      ["text/ecmascript", "js"],
      ["text/h323", "323"],
      ["text/html", ["html", "htm", "stm", "acgi", "htmls", "htx", "shtml"]],
      ["text/iuls", "uls"],
      ["text/javascript", "js"],
      ["text/mcf", "mcf"],
      ["text/n3", "n3"],
      ["text/pascal", "pas"],
      [
        "text/plain",
        [
          "txt",
          "bas",
          "c",
          "h",
          "c++",
          "cc",
          "com",
          "conf",
          "cxx",
          "def",
          "f",
          "f90",
          "for",
          "g",
          "hh",
          "idc",
          "jav",
          "java",
          "list",
          "log",
          "lst",
          "m",
          "mar",
          "pl",
          "sdml",
          "text"
        ]
      ],
      ["text/plain-bas", "par"],
      ["text/prs.lines.tag", "dsc"],
      ["text/richtext", ["rtx", "rt", "rtf"]],
      ["text/scriplet", "wsc"],
      ["text/scriptlet", "sct"],
      ["text/sgml", ["sgm", "sgml"]],
      ["text/tab-separated-values", "tsv"],
      ["text/troff", "t"],
      ["text/turtle", "ttl"],
      ["text/uri-list", ["uni", "unis", "uri", "uris"]],
      ["text/vnd.abc", "abc"],
      ["text/vnd.curl", "curl"],
      ["text/vnd.curl.dcurl", "dcurl"],
      ["text/vnd.curl.mcurl", "mcurl"],
      ["text/vnd.curl.scurl", "scurl"],
      ["text/vnd.fly", "fly"],
      ["text/vnd.fmi.flexstor", "flx"],
      ["text/vnd.graphviz", "gv"],
      ["text/vnd.in3d.3dml", "3dml"],
      ["text/vnd.in3d.spot", "spot"],
      ["text/vnd.rn-realtext", "rt"],
      ["text/vnd.sun.j2me.app-descriptor", "jad"],
      ["text/vnd.wap.wml", "wml"],
      ["text/vnd.wap.wmlscript", "wmls"],
      ["text/webviewhtml", "htt"],
      ["text/x-asm", ["asm", "s"]],
      ["text/x-audiosoft-intra", "aip"],
      ["text/x-c", ["c", "cc", "cpp"]],
      ["text/x-component", "htc"],
      ["text/x-fortran", ["for", "f", "f77", "f90"]],
      ["text/x-h", ["h", "hh"]],
      ["text/x-java-source", ["java", "jav"]],
      ["text/x-java-source,java", "java"],
      ["text/x-la-asf", "lsx"],
      ["text/x-m", "m"],
      ["text/x-pascal", "p"],
      ["text/x-script", "hlb"],
      ["text/x-script.csh", "csh"],
      ["text/x-script.elisp", "el"],
      ["text/x-script.guile", "scm"],
      ["text/x-script.ksh", "ksh"],
      ["text/x-script.lisp", "lsp"],
      ["text/x-script.perl", "pl"],
      ["text/x-script.perl-module", "pm"],
      ["text/x-script.phyton", "py"],
      ["text/x-script.rexx", "rexx"],
      ["text/x-script.scheme", "scm"],
      ["text/x-script.sh", "sh"],
      ["text/x-script.tcl", "tcl"],
      ["text/x-script.tcsh", "tcsh"],
      ["text/x-script.zsh", "zsh"],
      ["text/x-server-parsed-html", ["shtml", "ssi"]],
      ["text/x-setext", "etx"],
      ["text/x-sgml", ["sgm", "sgml"]],
      ["text/x-speech", ["spc", "talk"]],
      ["text/x-uil", "uil"],
      ["text/x-uuencode", ["uu", "uue"]],
      ["text/x-vcalendar", "vcs"],
      ["text/x-vcard", "vcf"],
      ["text/xml", "xml"],
      ["video/3gpp", "3gp"],
      ["video/3gpp2", "3g2"],
      ["video/animaflex", "afl"],
      ["video/avi", "avi"],
      ["video/avs-video", "avs"],
      ["video/dl", "dl"],
      ["video/fli", "fli"],
      ["video/gl", "gl"],
      ["video/h261", "h261"],
      ["video/h263", "h263"],
      ["video/h264", "h264"],
      ["video/jpeg", "jpgv"],
      ["video/jpm", "jpm"],
      ["video/mj2", "mj2"],
      ["video/mp4", "mp4"],
      ["video/mpeg", ["mpeg", "mp2", "mpa", "mpe", "mpg", "mpv2", "m1v", "m2v", "mp3"]],
      ["video/msvideo", "avi"],
      ["video/ogg", "ogv"],
      ["video/quicktime", ["mov", "qt", "moov"]],
      ["video/vdo", "vdo"],
      ["video/vivo", ["viv", "vivo"]],
      ["video/vnd.dece.hd", "uvh"],
      ["video/vnd.dece.mobile", "uvm"],
      ["video/vnd.dece.pd", "uvp"],
      ["video/vnd.dece.sd", "uvs"],
      ["video/vnd.dece.video", "uvv"],
      ["video/vnd.fvt", "fvt"],
      ["video/vnd.mpegurl", "mxu"],
      ["video/vnd.ms-playready.media.pyv", "pyv"],
      ["video/vnd.rn-realvideo", "rv"],
      ["video/vnd.uvvu.mp4", "uvu"],
      ["video/vnd.vivo", ["viv", "vivo"]],
      ["video/vosaic", "vos"],
      ["video/webm", "webm"],
      ["video/x-amt-demorun", "xdr"],
      ["video/x-amt-showrun", "xsr"],
      ["video/x-atomic3d-feature", "fmf"],
      ["video/x-dl", "dl"],
      ["video/x-dv", ["dif", "dv"]],
      ["video/x-f4v", "f4v"],
      ["video/x-fli", "fli"],
      ["video/x-flv", "flv"],
      ["video/x-gl", "gl"],
      ["video/x-isvideo", "isu"],
      ["video/x-la-asf", ["lsf", "lsx"]],
      ["video/x-m4v", "m4v"],
      ["video/x-motion-jpeg", "mjpg"],
      ["video/x-mpeg", ["mp3", "mp2"]],
      ["video/x-mpeq2a", "mp2"],
      ["video/x-ms-asf", ["asf", "asr", "asx"]],
      ["video/x-ms-asf-plugin", "asx"],
      ["video/x-ms-wm", "wm"],
      ["video/x-ms-wmv", "wmv"],
      ["video/x-ms-wmx", "wmx"],
      ["video/x-ms-wvx", "wvx"],
      ["video/x-msvideo", "avi"],
      ["video/x-qtc", "qtc"],
      ["video/x-scm", "scm"],
      ["video/x-sgi-movie", ["movie", "mv"]],
      ["windows/metafile", "wmf"],
      ["www/mime", "mime"],
      ["x-conference/x-cooltalk", "ice"],
      ["x-music/x-midi", ["mid", "midi"]],
      ["x-world/x-3dmf", ["3dm", "3dmf", "qd3", "qd3d"]],
      ["x-world/x-svr", "svr"],
      ["x-world/x-vrml", ["flr", "vrml", "wrl", "wrz", "xaf", "xof"]],
      ["x-world/x-vrt", "vrt"],
      ["xgl/drawing", "xgz"],
      ["xgl/movie", "xmz"]
    ]);
    extensions = /* @__PURE__ */ new Map([
      ["123", "application/vnd.lotus-1-2-3"],
      ["323", "text/h323"],
      ["*", "application/octet-stream"],
      ["3dm", "x-world/x-3dmf"],
      ["3dmf", "x-world/x-3dmf"],
      ["3dml", "text/vnd.in3d.3dml"],
      ["3g2", "video/3gpp2"],
      ["3gp", "video/3gpp"],
      ["7z", "application/x-7z-compressed"],
      ["a", "application/octet-stream"],
      ["aab", "application/x-authorware-bin"],
      ["aac", "audio/x-aac"],
      ["aam", "application/x-authorware-map"],
      ["aas", "application/x-authorware-seg"],
      ["abc", "text/vnd.abc"],
      ["abw", "application/x-abiword"],
      ["ac", "application/pkix-attr-cert"],
      ["acc", "application/vnd.americandynamics.acc"],
      ["ace", "application/x-ace-compressed"],
      ["acgi", "text/html"],
      ["acu", "application/vnd.acucobol"],
      ["acx", "application/internet-property-stream"],
      ["adp", "audio/adpcm"],
      ["aep", "application/vnd.audiograph"],
      ["afl", "video/animaflex"],
      ["afp", "application/vnd.ibm.modcap"],
      ["ahead", "application/vnd.ahead.space"],
      ["ai", "application/postscript"],
      ["aif", ["audio/aiff", "audio/x-aiff"]],
      ["aifc", ["audio/aiff", "audio/x-aiff"]],
      ["aiff", ["audio/aiff", "audio/x-aiff"]],
      ["aim", "application/x-aim"],
      ["aip", "text/x-audiosoft-intra"],
      ["air", "application/vnd.adobe.air-application-installer-package+zip"],
      ["ait", "application/vnd.dvb.ait"],
      ["ami", "application/vnd.amiga.ami"],
      ["ani", "application/x-navi-animation"],
      ["aos", "application/x-nokia-9000-communicator-add-on-software"],
      ["apk", "application/vnd.android.package-archive"],
      ["application", "application/x-ms-application"],
      ["apr", "application/vnd.lotus-approach"],
      ["aps", "application/mime"],
      ["arc", "application/octet-stream"],
      ["arj", ["application/arj", "application/octet-stream"]],
      ["art", "image/x-jg"],
      ["asf", "video/x-ms-asf"],
      ["asm", "text/x-asm"],
      ["aso", "application/vnd.accpac.simply.aso"],
      ["asp", "text/asp"],
      ["asr", "video/x-ms-asf"],
      ["asx", ["video/x-ms-asf", "application/x-mplayer2", "video/x-ms-asf-plugin"]],
      ["atc", "application/vnd.acucorp"],
      ["atomcat", "application/atomcat+xml"],
      ["atomsvc", "application/atomsvc+xml"],
      ["atx", "application/vnd.antix.game-component"],
      ["au", ["audio/basic", "audio/x-au"]],
      ["avi", ["video/avi", "video/msvideo", "application/x-troff-msvideo", "video/x-msvideo"]],
      ["avs", "video/avs-video"],
      ["aw", "application/applixware"],
      ["axs", "application/olescript"],
      ["azf", "application/vnd.airzip.filesecure.azf"],
      ["azs", "application/vnd.airzip.filesecure.azs"],
      ["azw", "application/vnd.amazon.ebook"],
      ["bas", "text/plain"],
      ["bcpio", "application/x-bcpio"],
      ["bdf", "application/x-font-bdf"],
      ["bdm", "application/vnd.syncml.dm+wbxml"],
      ["bed", "application/vnd.realvnc.bed"],
      ["bh2", "application/vnd.fujitsu.oasysprs"],
      ["bin", ["application/octet-stream", "application/mac-binary", "application/macbinary", "application/x-macbinary", "application/x-binary"]],
      ["bm", "image/bmp"],
      ["bmi", "application/vnd.bmi"],
      ["bmp", ["image/bmp", "image/x-windows-bmp"]],
      ["boo", "application/book"],
      ["book", "application/book"],
      ["box", "application/vnd.previewsystems.box"],
      ["boz", "application/x-bzip2"],
      ["bsh", "application/x-bsh"],
      ["btif", "image/prs.btif"],
      ["bz", "application/x-bzip"],
      ["bz2", "application/x-bzip2"],
      ["c", ["text/plain", "text/x-c"]],
      ["c++", "text/plain"],
      ["c11amc", "application/vnd.cluetrust.cartomobile-config"],
      ["c11amz", "application/vnd.cluetrust.cartomobile-config-pkg"],
      ["c4g", "application/vnd.clonk.c4group"],
      ["cab", "application/vnd.ms-cab-compressed"],
      ["car", "application/vnd.curl.car"],
      ["cat", ["application/vnd.ms-pkiseccat", "application/vnd.ms-pki.seccat"]],
      ["cc", ["text/plain", "text/x-c"]],
      ["ccad", "application/clariscad"],
      ["cco", "application/x-cocoa"],
      ["ccxml", "application/ccxml+xml,"],
      ["cdbcmsg", "application/vnd.contact.cmsg"],
      ["cdf", ["application/cdf", "application/x-cdf", "application/x-netcdf"]],
      ["cdkey", "application/vnd.mediastation.cdkey"],
      ["cdmia", "application/cdmi-capability"],
      ["cdmic", "application/cdmi-container"],
      ["cdmid", "application/cdmi-domain"],
      ["cdmio", "application/cdmi-object"],
      ["cdmiq", "application/cdmi-queue"],
      ["cdx", "chemical/x-cdx"],
      ["cdxml", "application/vnd.chemdraw+xml"],
      ["cdy", "application/vnd.cinderella"],
      ["cer", ["application/pkix-cert", "application/x-x509-ca-cert"]],
      ["cgm", "image/cgm"],
      ["cha", "application/x-chat"],
      ["chat", "application/x-chat"],
      ["chm", "application/vnd.ms-htmlhelp"],
      ["chrt", "application/vnd.kde.kchart"],
      ["cif", "chemical/x-cif"],
      ["cii", "application/vnd.anser-web-certificate-issue-initiation"],
      ["cil", "application/vnd.ms-artgalry"],
      ["cla", "application/vnd.claymore"],
      ["class", ["application/octet-stream", "application/java", "application/java-byte-code", "application/java-vm", "application/x-java-class"]],
      ["clkk", "application/vnd.crick.clicker.keyboard"],
      ["clkp", "application/vnd.crick.clicker.palette"],
      ["clkt", "application/vnd.crick.clicker.template"],
      ["clkw", "application/vnd.crick.clicker.wordbank"],
      ["clkx", "application/vnd.crick.clicker"],
      ["clp", "application/x-msclip"],
      ["cmc", "application/vnd.cosmocaller"],
      ["cmdf", "chemical/x-cmdf"],
      ["cml", "chemical/x-cml"],
      ["cmp", "application/vnd.yellowriver-custom-menu"],
      ["cmx", "image/x-cmx"],
      ["cod", ["image/cis-cod", "application/vnd.rim.cod"]],
      ["com", ["application/octet-stream", "text/plain"]],
      ["conf", "text/plain"],
      ["cpio", "application/x-cpio"],
      ["cpp", "text/x-c"],
      ["cpt", ["application/mac-compactpro", "application/x-compactpro", "application/x-cpt"]],
      ["crd", "application/x-mscardfile"],
      ["crl", ["application/pkix-crl", "application/pkcs-crl"]],
      ["crt", ["application/pkix-cert", "application/x-x509-user-cert", "application/x-x509-ca-cert"]],
      ["cryptonote", "application/vnd.rig.cryptonote"],
      ["csh", ["text/x-script.csh", "application/x-csh"]],
      ["csml", "chemical/x-csml"],
      ["csp", "application/vnd.commonspace"],
      ["css", ["text/css", "application/x-pointplus"]],
      ["csv", "text/csv"],
      ["cu", "application/cu-seeme"],
      ["curl", "text/vnd.curl"],
      ["cww", "application/prs.cww"],
      ["cxx", "text/plain"],
      ["dae", "model/vnd.collada+xml"],
      ["daf", "application/vnd.mobius.daf"],
      ["davmount", "application/davmount+xml"],
      ["dcr", "application/x-director"],
      ["dcurl", "text/vnd.curl.dcurl"],
      ["dd2", "application/vnd.oma.dd2+xml"],
      ["ddd", "application/vnd.fujixerox.ddd"],
      ["deb", "application/x-debian-package"],
      ["deepv", "application/x-deepv"],
      ["def", "text/plain"],
      ["der", "application/x-x509-ca-cert"],
      ["dfac", "application/vnd.dreamfactory"],
      ["dif", "video/x-dv"],
      ["dir", "application/x-director"],
      ["dis", "application/vnd.mobius.dis"],
      ["djvu", "image/vnd.djvu"],
      ["dl", ["video/dl", "video/x-dl"]],
      ["dll", "application/x-msdownload"],
      ["dms", "application/octet-stream"],
      ["dna", "application/vnd.dna"],
      ["doc", "application/msword"],
      ["docm", "application/vnd.ms-word.document.macroenabled.12"],
      ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["dot", "application/msword"],
      ["dotm", "application/vnd.ms-word.template.macroenabled.12"],
      ["dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template"],
      ["dp", ["application/commonground", "application/vnd.osgi.dp"]],
      ["dpg", "application/vnd.dpgraph"],
      ["dra", "audio/vnd.dra"],
      ["drw", "application/drafting"],
      ["dsc", "text/prs.lines.tag"],
      ["dssc", "application/dssc+der"],
      ["dtb", "application/x-dtbook+xml"],
      ["dtd", "application/xml-dtd"],
      ["dts", "audio/vnd.dts"],
      ["dtshd", "audio/vnd.dts.hd"],
      ["dump", "application/octet-stream"],
      ["dv", "video/x-dv"],
      ["dvi", "application/x-dvi"],
      ["dwf", ["model/vnd.dwf", "drawing/x-dwf"]],
      ["dwg", ["application/acad", "image/vnd.dwg", "image/x-dwg"]],
      ["dxf", ["application/dxf", "image/vnd.dwg", "image/vnd.dxf", "image/x-dwg"]],
      ["dxp", "application/vnd.spotfire.dxp"],
      ["dxr", "application/x-director"],
      ["ecelp4800", "audio/vnd.nuera.ecelp4800"],
      ["ecelp7470", "audio/vnd.nuera.ecelp7470"],
      ["ecelp9600", "audio/vnd.nuera.ecelp9600"],
      ["edm", "application/vnd.novadigm.edm"],
      ["edx", "application/vnd.novadigm.edx"],
      ["efif", "application/vnd.picsel"],
      ["ei6", "application/vnd.pg.osasli"],
      ["el", "text/x-script.elisp"],
      ["elc", ["application/x-elc", "application/x-bytecode.elisp"]],
      ["eml", "message/rfc822"],
      ["emma", "application/emma+xml"],
      ["env", "application/x-envoy"],
      ["eol", "audio/vnd.digital-winds"],
      ["eot", "application/vnd.ms-fontobject"],
      ["eps", "application/postscript"],
      ["epub", "application/epub+zip"],
      ["es", ["application/ecmascript", "application/x-esrehber"]],
      ["es3", "application/vnd.eszigno3+xml"],
      ["esf", "application/vnd.epson.esf"],
      ["etx", "text/x-setext"],
      ["evy", ["application/envoy", "application/x-envoy"]],
      ["exe", ["application/octet-stream", "application/x-msdownload"]],
      ["exi", "application/exi"],
      ["ext", "application/vnd.novadigm.ext"],
      ["ez2", "application/vnd.ezpix-album"],
      ["ez3", "application/vnd.ezpix-package"],
      ["f", ["text/plain", "text/x-fortran"]],
      ["f4v", "video/x-f4v"],
      ["f77", "text/x-fortran"],
      ["f90", ["text/plain", "text/x-fortran"]],
      ["fbs", "image/vnd.fastbidsheet"],
      ["fcs", "application/vnd.isac.fcs"],
      ["fdf", "application/vnd.fdf"],
      ["fe_launch", "application/vnd.denovo.fcselayout-link"],
      ["fg5", "application/vnd.fujitsu.oasysgp"],
      ["fh", "image/x-freehand"],
      ["fif", ["application/fractals", "image/fif"]],
      ["fig", "application/x-xfig"],
      ["fli", ["video/fli", "video/x-fli"]],
      ["flo", ["image/florian", "application/vnd.micrografx.flo"]],
      ["flr", "x-world/x-vrml"],
      ["flv", "video/x-flv"],
      ["flw", "application/vnd.kde.kivio"],
      ["flx", "text/vnd.fmi.flexstor"],
      ["fly", "text/vnd.fly"],
      ["fm", "application/vnd.framemaker"],
      ["fmf", "video/x-atomic3d-feature"],
      ["fnc", "application/vnd.frogans.fnc"],
      ["for", ["text/plain", "text/x-fortran"]],
      ["fpx", ["image/vnd.fpx", "image/vnd.net-fpx"]],
      ["frl", "application/freeloader"],
      ["fsc", "application/vnd.fsc.weblaunch"],
      ["fst", "image/vnd.fst"],
      ["ftc", "application/vnd.fluxtime.clip"],
      ["fti", "application/vnd.anser-web-funds-transfer-initiation"],
      ["funk", "audio/make"],
      ["fvt", "video/vnd.fvt"],
      ["fxp", "application/vnd.adobe.fxp"],
      ["fzs", "application/vnd.fuzzysheet"],
      ["g", "text/plain"],
      ["g2w", "application/vnd.geoplan"],
      ["g3", "image/g3fax"],
      ["g3w", "application/vnd.geospace"],
      ["gac", "application/vnd.groove-account"],
      ["gdl", "model/vnd.gdl"],
      ["geo", "application/vnd.dynageo"],
      ["geojson", "application/geo+json"],
      ["gex", "application/vnd.geometry-explorer"],
      ["ggb", "application/vnd.geogebra.file"],
      ["ggt", "application/vnd.geogebra.tool"],
      ["ghf", "application/vnd.groove-help"],
      ["gif", "image/gif"],
      ["gim", "application/vnd.groove-identity-message"],
      ["gl", ["video/gl", "video/x-gl"]],
      ["gmx", "application/vnd.gmx"],
      ["gnumeric", "application/x-gnumeric"],
      ["gph", "application/vnd.flographit"],
      ["gqf", "application/vnd.grafeq"],
      ["gram", "application/srgs"],
      ["grv", "application/vnd.groove-injector"],
      ["grxml", "application/srgs+xml"],
      ["gsd", "audio/x-gsm"],
      ["gsf", "application/x-font-ghostscript"],
      ["gsm", "audio/x-gsm"],
      ["gsp", "application/x-gsp"],
      ["gss", "application/x-gss"],
      ["gtar", "application/x-gtar"],
      ["gtm", "application/vnd.groove-tool-message"],
      ["gtw", "model/vnd.gtw"],
      ["gv", "text/vnd.graphviz"],
      ["gxt", "application/vnd.geonext"],
      ["gz", ["application/x-gzip", "application/x-compressed"]],
      ["gzip", ["multipart/x-gzip", "application/x-gzip"]],
      ["h", ["text/plain", "text/x-h"]],
      ["h261", "video/h261"],
      ["h263", "video/h263"],
      ["h264", "video/h264"],
      ["hal", "application/vnd.hal+xml"],
      ["hbci", "application/vnd.hbci"],
      ["hdf", "application/x-hdf"],
      ["help", "application/x-helpfile"],
      ["hgl", "application/vnd.hp-hpgl"],
      ["hh", ["text/plain", "text/x-h"]],
      ["hlb", "text/x-script"],
      ["hlp", ["application/winhlp", "application/hlp", "application/x-helpfile", "application/x-winhelp"]],
      ["hpg", "application/vnd.hp-hpgl"],
      ["hpgl", "application/vnd.hp-hpgl"],
      ["hpid", "application/vnd.hp-hpid"],
      ["hps", "application/vnd.hp-hps"],
      [
        "hqx",
        [
          "application/mac-binhex40",
          "application/binhex",
          "application/binhex4",
          "application/mac-binhex",
          "application/x-binhex40",
          "application/x-mac-binhex40"
        ]
      ],
      ["hta", "application/hta"],
      ["htc", "text/x-component"],
      ["htke", "application/vnd.kenameaapp"],
      ["htm", "text/html"],
      ["html", "text/html"],
      ["htmls", "text/html"],
      ["htt", "text/webviewhtml"],
      ["htx", "text/html"],
      ["hvd", "application/vnd.yamaha.hv-dic"],
      ["hvp", "application/vnd.yamaha.hv-voice"],
      ["hvs", "application/vnd.yamaha.hv-script"],
      ["i2g", "application/vnd.intergeo"],
      ["icc", "application/vnd.iccprofile"],
      ["ice", "x-conference/x-cooltalk"],
      ["ico", "image/x-icon"],
      ["ics", "text/calendar"],
      ["idc", "text/plain"],
      ["ief", "image/ief"],
      ["iefs", "image/ief"],
      ["ifm", "application/vnd.shana.informed.formdata"],
      ["iges", ["application/iges", "model/iges"]],
      ["igl", "application/vnd.igloader"],
      ["igm", "application/vnd.insors.igm"],
      ["igs", ["application/iges", "model/iges"]],
      ["igx", "application/vnd.micrografx.igx"],
      ["iif", "application/vnd.shana.informed.interchange"],
      ["iii", "application/x-iphone"],
      ["ima", "application/x-ima"],
      ["imap", "application/x-httpd-imap"],
      ["imp", "application/vnd.accpac.simply.imp"],
      ["ims", "application/vnd.ms-ims"],
      ["inf", "application/inf"],
      ["ins", ["application/x-internet-signup", "application/x-internett-signup"]],
      ["ip", "application/x-ip2"],
      ["ipfix", "application/ipfix"],
      ["ipk", "application/vnd.shana.informed.package"],
      ["irm", "application/vnd.ibm.rights-management"],
      ["irp", "application/vnd.irepository.package+xml"],
      ["isp", "application/x-internet-signup"],
      ["isu", "video/x-isvideo"],
      ["it", "audio/it"],
      ["itp", "application/vnd.shana.informed.formtemplate"],
      ["iv", "application/x-inventor"],
      ["ivp", "application/vnd.immervision-ivp"],
      ["ivr", "i-world/i-vrml"],
      ["ivu", "application/vnd.immervision-ivu"],
      ["ivy", "application/x-livescreen"],
      ["jad", "text/vnd.sun.j2me.app-descriptor"],
      ["jam", ["application/vnd.jam", "audio/x-jam"]],
      ["jar", "application/java-archive"],
      ["jav", ["text/plain", "text/x-java-source"]],
      ["java", ["text/plain", "text/x-java-source,java", "text/x-java-source"]],
      ["jcm", "application/x-java-commerce"],
      ["jfif", ["image/pipeg", "image/jpeg", "image/pjpeg"]],
      ["jfif-tbnl", "image/jpeg"],
      ["jisp", "application/vnd.jisp"],
      ["jlt", "application/vnd.hp-jlyt"],
      ["jnlp", "application/x-java-jnlp-file"],
      ["joda", "application/vnd.joost.joda-archive"],
      ["jpe", ["image/jpeg", "image/pjpeg"]],
      ["jpeg", ["image/jpeg", "image/pjpeg"]],
      ["jpg", ["image/jpeg", "image/pjpeg"]],
      ["jpgv", "video/jpeg"],
      ["jpm", "video/jpm"],
      ["jps", "image/x-jps"],
      ["js", ["application/javascript", "application/ecmascript", "text/javascript", "text/ecmascript", "application/x-javascript"]],
      ["json", "application/json"],
      ["jut", "image/jutvision"],
      ["kar", ["audio/midi", "music/x-karaoke"]],
      ["karbon", "application/vnd.kde.karbon"],
      ["kfo", "application/vnd.kde.kformula"],
      ["kia", "application/vnd.kidspiration"],
      ["kml", "application/vnd.google-earth.kml+xml"],
      ["kmz", "application/vnd.google-earth.kmz"],
      ["kne", "application/vnd.kinar"],
      ["kon", "application/vnd.kde.kontour"],
      ["kpr", "application/vnd.kde.kpresenter"],
      ["ksh", ["application/x-ksh", "text/x-script.ksh"]],
      ["ksp", "application/vnd.kde.kspread"],
      ["ktx", "image/ktx"],
      ["ktz", "application/vnd.kahootz"],
      ["kwd", "application/vnd.kde.kword"],
      ["la", ["audio/nspaudio", "audio/x-nspaudio"]],
      ["lam", "audio/x-liveaudio"],
      ["lasxml", "application/vnd.las.las+xml"],
      ["latex", "application/x-latex"],
      ["lbd", "application/vnd.llamagraphics.life-balance.desktop"],
      ["lbe", "application/vnd.llamagraphics.life-balance.exchange+xml"],
      ["les", "application/vnd.hhe.lesson-player"],
      ["lha", ["application/octet-stream", "application/lha", "application/x-lha"]],
      ["lhx", "application/octet-stream"],
      ["link66", "application/vnd.route66.link66+xml"],
      ["list", "text/plain"],
      ["lma", ["audio/nspaudio", "audio/x-nspaudio"]],
      ["log", "text/plain"],
      ["lrm", "application/vnd.ms-lrm"],
      ["lsf", "video/x-la-asf"],
      ["lsp", ["application/x-lisp", "text/x-script.lisp"]],
      ["lst", "text/plain"],
      ["lsx", ["video/x-la-asf", "text/x-la-asf"]],
      ["ltf", "application/vnd.frogans.ltf"],
      ["ltx", "application/x-latex"],
      ["lvp", "audio/vnd.lucent.voice"],
      ["lwp", "application/vnd.lotus-wordpro"],
      ["lzh", ["application/octet-stream", "application/x-lzh"]],
      ["lzx", ["application/lzx", "application/octet-stream", "application/x-lzx"]],
      ["m", ["text/plain", "text/x-m"]],
      ["m13", "application/x-msmediaview"],
      ["m14", "application/x-msmediaview"],
      ["m1v", "video/mpeg"],
      ["m21", "application/mp21"],
      ["m2a", "audio/mpeg"],
      ["m2v", "video/mpeg"],
      ["m3u", ["audio/x-mpegurl", "audio/x-mpequrl"]],
      ["m3u8", "application/vnd.apple.mpegurl"],
      ["m4v", "video/x-m4v"],
      ["ma", "application/mathematica"],
      ["mads", "application/mads+xml"],
      ["mag", "application/vnd.ecowin.chart"],
      ["man", "application/x-troff-man"],
      ["map", "application/x-navimap"],
      ["mar", "text/plain"],
      ["mathml", "application/mathml+xml"],
      ["mbd", "application/mbedlet"],
      ["mbk", "application/vnd.mobius.mbk"],
      ["mbox", "application/mbox"],
      ["mc$", "application/x-magic-cap-package-1.0"],
      ["mc1", "application/vnd.medcalcdata"],
      ["mcd", ["application/mcad", "application/vnd.mcd", "application/x-mathcad"]],
      ["mcf", ["image/vasa", "text/mcf"]],
      ["mcp", "application/netmc"],
      ["mcurl", "text/vnd.curl.mcurl"],
      ["mdb", "application/x-msaccess"],
      ["mdi", "image/vnd.ms-modi"],
      ["me", "application/x-troff-me"],
      ["meta4", "application/metalink4+xml"],
      ["mets", "application/mets+xml"],
      ["mfm", "application/vnd.mfmp"],
      ["mgp", "application/vnd.osgeo.mapguide.package"],
      ["mgz", "application/vnd.proteus.magazine"],
      ["mht", "message/rfc822"],
      ["mhtml", "message/rfc822"],
      ["mid", ["audio/mid", "audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"]],
      ["midi", ["audio/midi", "music/crescendo", "x-music/x-midi", "audio/x-midi", "application/x-midi", "audio/x-mid"]],
      ["mif", ["application/vnd.mif", "application/x-mif", "application/x-frame"]],
      ["mime", ["message/rfc822", "www/mime"]],
      ["mj2", "video/mj2"],
      ["mjf", "audio/x-vnd.audioexplosion.mjuicemediafile"],
      ["mjpg", "video/x-motion-jpeg"],
      ["mlp", "application/vnd.dolby.mlp"],
      ["mm", ["application/base64", "application/x-meme"]],
      ["mmd", "application/vnd.chipnuts.karaoke-mmd"],
      ["mme", "application/base64"],
      ["mmf", "application/vnd.smaf"],
      ["mmr", "image/vnd.fujixerox.edmics-mmr"],
      ["mny", "application/x-msmoney"],
      ["mod", ["audio/mod", "audio/x-mod"]],
      ["mods", "application/mods+xml"],
      ["moov", "video/quicktime"],
      ["mov", "video/quicktime"],
      ["movie", "video/x-sgi-movie"],
      ["mp2", ["video/mpeg", "audio/mpeg", "video/x-mpeg", "audio/x-mpeg", "video/x-mpeq2a"]],
      ["mp3", ["audio/mpeg", "audio/mpeg3", "video/mpeg", "audio/x-mpeg-3", "video/x-mpeg"]],
      ["mp4", ["video/mp4", "application/mp4"]],
      ["mp4a", "audio/mp4"],
      ["mpa", ["video/mpeg", "audio/mpeg"]],
      ["mpc", ["application/vnd.mophun.certificate", "application/x-project"]],
      ["mpe", "video/mpeg"],
      ["mpeg", "video/mpeg"],
      ["mpg", ["video/mpeg", "audio/mpeg"]],
      ["mpga", "audio/mpeg"],
      ["mpkg", "application/vnd.apple.installer+xml"],
      ["mpm", "application/vnd.blueice.multipass"],
      ["mpn", "application/vnd.mophun.application"],
      ["mpp", "application/vnd.ms-project"],
      ["mpt", "application/x-project"],
      ["mpv", "application/x-project"],
      ["mpv2", "video/mpeg"],
      ["mpx", "application/x-project"],
      ["mpy", "application/vnd.ibm.minipay"],
      ["mqy", "application/vnd.mobius.mqy"],
      ["mrc", "application/marc"],
      ["mrcx", "application/marcxml+xml"],
      ["ms", "application/x-troff-ms"],
      ["mscml", "application/mediaservercontrol+xml"],
      ["mseq", "application/vnd.mseq"],
      ["msf", "application/vnd.epson.msf"],
      ["msg", "application/vnd.ms-outlook"],
      ["msh", "model/mesh"],
      ["msl", "application/vnd.mobius.msl"],
      ["msty", "application/vnd.muvee.style"],
      ["mts", "model/vnd.mts"],
      ["mus", "application/vnd.musician"],
      ["musicxml", "application/vnd.recordare.musicxml+xml"],
      ["mv", "video/x-sgi-movie"],
      ["mvb", "application/x-msmediaview"],
      ["mwf", "application/vnd.mfer"],
      ["mxf", "application/mxf"],
      ["mxl", "application/vnd.recordare.musicxml"],
      ["mxml", "application/xv+xml"],
      ["mxs", "application/vnd.triscape.mxs"],
      ["mxu", "video/vnd.mpegurl"],
      ["my", "audio/make"],
      ["mzz", "application/x-vnd.audioexplosion.mzz"],
      ["n-gage", "application/vnd.nokia.n-gage.symbian.install"],
      ["n3", "text/n3"],
      ["nap", "image/naplps"],
      ["naplps", "image/naplps"],
      ["nbp", "application/vnd.wolfram.player"],
      ["nc", "application/x-netcdf"],
      ["ncm", "application/vnd.nokia.configuration-message"],
      ["ncx", "application/x-dtbncx+xml"],
      ["ngdat", "application/vnd.nokia.n-gage.data"],
      ["nif", "image/x-niff"],
      ["niff", "image/x-niff"],
      ["nix", "application/x-mix-transfer"],
      ["nlu", "application/vnd.neurolanguage.nlu"],
      ["nml", "application/vnd.enliven"],
      ["nnd", "application/vnd.noblenet-directory"],
      ["nns", "application/vnd.noblenet-sealer"],
      ["nnw", "application/vnd.noblenet-web"],
      ["npx", "image/vnd.net-fpx"],
      ["nsc", "application/x-conference"],
      ["nsf", "application/vnd.lotus-notes"],
      ["nvd", "application/x-navidoc"],
      ["nws", "message/rfc822"],
      ["o", "application/octet-stream"],
      ["oa2", "application/vnd.fujitsu.oasys2"],
      ["oa3", "application/vnd.fujitsu.oasys3"],
      ["oas", "application/vnd.fujitsu.oasys"],
      ["obd", "application/x-msbinder"],
      ["oda", "application/oda"],
      ["odb", "application/vnd.oasis.opendocument.database"],
      ["odc", "application/vnd.oasis.opendocument.chart"],
      ["odf", "application/vnd.oasis.opendocument.formula"],
      ["odft", "application/vnd.oasis.opendocument.formula-template"],
      ["odg", "application/vnd.oasis.opendocument.graphics"],
      ["odi", "application/vnd.oasis.opendocument.image"],
      ["odm", "application/vnd.oasis.opendocument.text-master"],
      ["odp", "application/vnd.oasis.opendocument.presentation"],
      ["ods", "application/vnd.oasis.opendocument.spreadsheet"],
      ["odt", "application/vnd.oasis.opendocument.text"],
      ["oga", "audio/ogg"],
      ["ogv", "video/ogg"],
      ["ogx", "application/ogg"],
      ["omc", "application/x-omc"],
      ["omcd", "application/x-omcdatamaker"],
      ["omcr", "application/x-omcregerator"],
      ["onetoc", "application/onenote"],
      ["opf", "application/oebps-package+xml"],
      ["org", "application/vnd.lotus-organizer"],
      ["osf", "application/vnd.yamaha.openscoreformat"],
      ["osfpvg", "application/vnd.yamaha.openscoreformat.osfpvg+xml"],
      ["otc", "application/vnd.oasis.opendocument.chart-template"],
      ["otf", "application/x-font-otf"],
      ["otg", "application/vnd.oasis.opendocument.graphics-template"],
      ["oth", "application/vnd.oasis.opendocument.text-web"],
      ["oti", "application/vnd.oasis.opendocument.image-template"],
      ["otp", "application/vnd.oasis.opendocument.presentation-template"],
      ["ots", "application/vnd.oasis.opendocument.spreadsheet-template"],
      ["ott", "application/vnd.oasis.opendocument.text-template"],
      ["oxt", "application/vnd.openofficeorg.extension"],
      ["p", "text/x-pascal"],
      ["p10", ["application/pkcs10", "application/x-pkcs10"]],
      ["p12", ["application/pkcs-12", "application/x-pkcs12"]],
      ["p7a", "application/x-pkcs7-signature"],
      ["p7b", "application/x-pkcs7-certificates"],
      ["p7c", ["application/pkcs7-mime", "application/x-pkcs7-mime"]],
      ["p7m", ["application/pkcs7-mime", "application/x-pkcs7-mime"]],
      ["p7r", "application/x-pkcs7-certreqresp"],
      ["p7s", ["application/pkcs7-signature", "application/x-pkcs7-signature"]],
      ["p8", "application/pkcs8"],
      ["par", "text/plain-bas"],
      ["part", "application/pro_eng"],
      ["pas", "text/pascal"],
      ["paw", "application/vnd.pawaafile"],
      ["pbd", "application/vnd.powerbuilder6"],
      ["pbm", "image/x-portable-bitmap"],
      ["pcf", "application/x-font-pcf"],
      ["pcl", ["application/vnd.hp-pcl", "application/x-pcl"]],
      ["pclxl", "application/vnd.hp-pclxl"],
      ["pct", "image/x-pict"],
      ["pcurl", "application/vnd.curl.pcurl"],
      ["pcx", "image/x-pcx"],
      ["pdb", ["application/vnd.palm", "chemical/x-pdb"]],
      ["pdf", "application/pdf"],
      ["pfa", "application/x-font-type1"],
      ["pfr", "application/font-tdpfr"],
      ["pfunk", ["audio/make", "audio/make.my.funk"]],
      ["pfx", "application/x-pkcs12"],
      ["pgm", ["image/x-portable-graymap", "image/x-portable-greymap"]],
      ["pgn", "application/x-chess-pgn"],
      ["pgp", "application/pgp-signature"],
      ["pic", ["image/pict", "image/x-pict"]],
      ["pict", "image/pict"],
      ["pkg", "application/x-newton-compatible-pkg"],
      ["pki", "application/pkixcmp"],
      ["pkipath", "application/pkix-pkipath"],
      ["pko", ["application/ynd.ms-pkipko", "application/vnd.ms-pki.pko"]],
      ["pl", ["text/plain", "text/x-script.perl"]],
      ["plb", "application/vnd.3gpp.pic-bw-large"],
      ["plc", "application/vnd.mobius.plc"],
      ["plf", "application/vnd.pocketlearn"],
      ["pls", "application/pls+xml"],
      ["plx", "application/x-pixclscript"],
      ["pm", ["text/x-script.perl-module", "image/x-xpixmap"]],
      ["pm4", "application/x-pagemaker"],
      ["pm5", "application/x-pagemaker"],
      ["pma", "application/x-perfmon"],
      ["pmc", "application/x-perfmon"],
      ["pml", ["application/vnd.ctc-posml", "application/x-perfmon"]],
      ["pmr", "application/x-perfmon"],
      ["pmw", "application/x-perfmon"],
      ["png", "image/png"],
      ["pnm", ["application/x-portable-anymap", "image/x-portable-anymap"]],
      ["portpkg", "application/vnd.macports.portpkg"],
      ["pot", ["application/vnd.ms-powerpoint", "application/mspowerpoint"]],
      ["potm", "application/vnd.ms-powerpoint.template.macroenabled.12"],
      ["potx", "application/vnd.openxmlformats-officedocument.presentationml.template"],
      ["pov", "model/x-pov"],
      ["ppa", "application/vnd.ms-powerpoint"],
      ["ppam", "application/vnd.ms-powerpoint.addin.macroenabled.12"],
      ["ppd", "application/vnd.cups-ppd"],
      ["ppm", "image/x-portable-pixmap"],
      ["pps", ["application/vnd.ms-powerpoint", "application/mspowerpoint"]],
      ["ppsm", "application/vnd.ms-powerpoint.slideshow.macroenabled.12"],
      ["ppsx", "application/vnd.openxmlformats-officedocument.presentationml.slideshow"],
      ["ppt", ["application/vnd.ms-powerpoint", "application/mspowerpoint", "application/powerpoint", "application/x-mspowerpoint"]],
      ["pptm", "application/vnd.ms-powerpoint.presentation.macroenabled.12"],
      ["pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
      ["ppz", "application/mspowerpoint"],
      ["prc", "application/x-mobipocket-ebook"],
      ["pre", ["application/vnd.lotus-freelance", "application/x-freelance"]],
      ["prf", "application/pics-rules"],
      ["prt", "application/pro_eng"],
      ["ps", "application/postscript"],
      ["psb", "application/vnd.3gpp.pic-bw-small"],
      ["psd", ["application/octet-stream", "image/vnd.adobe.photoshop"]],
      ["psf", "application/x-font-linux-psf"],
      ["pskcxml", "application/pskc+xml"],
      ["ptid", "application/vnd.pvi.ptid1"],
      ["pub", "application/x-mspublisher"],
      ["pvb", "application/vnd.3gpp.pic-bw-var"],
      ["pvu", "paleovu/x-pv"],
      ["pwn", "application/vnd.3m.post-it-notes"],
      ["pwz", "application/vnd.ms-powerpoint"],
      ["py", "text/x-script.phyton"],
      ["pya", "audio/vnd.ms-playready.media.pya"],
      ["pyc", "application/x-bytecode.python"],
      ["pyv", "video/vnd.ms-playready.media.pyv"],
      ["qam", "application/vnd.epson.quickanime"],
      ["qbo", "application/vnd.intu.qbo"],
      ["qcp", "audio/vnd.qcelp"],
      ["qd3", "x-world/x-3dmf"],
      ["qd3d", "x-world/x-3dmf"],
      ["qfx", "application/vnd.intu.qfx"],
      ["qif", "image/x-quicktime"],
      ["qps", "application/vnd.publishare-delta-tree"],
      ["qt", "video/quicktime"],
      ["qtc", "video/x-qtc"],
      ["qti", "image/x-quicktime"],
      ["qtif", "image/x-quicktime"],
      ["qxd", "application/vnd.quark.quarkxpress"],
      ["ra", ["audio/x-realaudio", "audio/x-pn-realaudio", "audio/x-pn-realaudio-plugin"]],
      ["ram", "audio/x-pn-realaudio"],
      ["rar", "application/x-rar-compressed"],
      ["ras", ["image/cmu-raster", "application/x-cmu-raster", "image/x-cmu-raster"]],
      ["rast", "image/cmu-raster"],
      ["rcprofile", "application/vnd.ipunplugged.rcprofile"],
      ["rdf", "application/rdf+xml"],
      ["rdz", "application/vnd.data-vision.rdz"],
      ["rep", "application/vnd.businessobjects"],
      ["res", "application/x-dtbresource+xml"],
      ["rexx", "text/x-script.rexx"],
      ["rf", "image/vnd.rn-realflash"],
      ["rgb", "image/x-rgb"],
      ["rif", "application/reginfo+xml"],
      ["rip", "audio/vnd.rip"],
      ["rl", "application/resource-lists+xml"],
      ["rlc", "image/vnd.fujixerox.edmics-rlc"],
      ["rld", "application/resource-lists-diff+xml"],
      ["rm", ["application/vnd.rn-realmedia", "audio/x-pn-realaudio"]],
      ["rmi", "audio/mid"],
      ["rmm", "audio/x-pn-realaudio"],
      ["rmp", ["audio/x-pn-realaudio-plugin", "audio/x-pn-realaudio"]],
      ["rms", "application/vnd.jcp.javame.midlet-rms"],
      ["rnc", "application/relax-ng-compact-syntax"],
      ["rng", ["application/ringing-tones", "application/vnd.nokia.ringing-tone"]],
      ["rnx", "application/vnd.rn-realplayer"],
      ["roff", "application/x-troff"],
      ["rp", "image/vnd.rn-realpix"],
      ["rp9", "application/vnd.cloanto.rp9"],
      ["rpm", "audio/x-pn-realaudio-plugin"],
      ["rpss", "application/vnd.nokia.radio-presets"],
      ["rpst", "application/vnd.nokia.radio-preset"],
      ["rq", "application/sparql-query"],
      ["rs", "application/rls-services+xml"],
      ["rsd", "application/rsd+xml"],
      ["rt", ["text/richtext", "text/vnd.rn-realtext"]],
      ["rtf", ["application/rtf", "text/richtext", "application/x-rtf"]],
      ["rtx", ["text/richtext", "application/rtf"]],
      ["rv", "video/vnd.rn-realvideo"],
      ["s", "text/x-asm"],
      ["s3m", "audio/s3m"],
      ["saf", "application/vnd.yamaha.smaf-audio"],
      ["saveme", "application/octet-stream"],
      ["sbk", "application/x-tbook"],
      ["sbml", "application/sbml+xml"],
      ["sc", "application/vnd.ibm.secure-container"],
      ["scd", "application/x-msschedule"],
      ["scm", ["application/vnd.lotus-screencam", "video/x-scm", "text/x-script.guile", "application/x-lotusscreencam", "text/x-script.scheme"]],
      ["scq", "application/scvp-cv-request"],
      ["scs", "application/scvp-cv-response"],
      ["sct", "text/scriptlet"],
      ["scurl", "text/vnd.curl.scurl"],
      ["sda", "application/vnd.stardivision.draw"],
      ["sdc", "application/vnd.stardivision.calc"],
      ["sdd", "application/vnd.stardivision.impress"],
      ["sdkm", "application/vnd.solent.sdkm+xml"],
      ["sdml", "text/plain"],
      ["sdp", ["application/sdp", "application/x-sdp"]],
      ["sdr", "application/sounder"],
      ["sdw", "application/vnd.stardivision.writer"],
      ["sea", ["application/sea", "application/x-sea"]],
      ["see", "application/vnd.seemail"],
      ["seed", "application/vnd.fdsn.seed"],
      ["sema", "application/vnd.sema"],
      ["semd", "application/vnd.semd"],
      ["semf", "application/vnd.semf"],
      ["ser", "application/java-serialized-object"],
      ["set", "application/set"],
      ["setpay", "application/set-payment-initiation"],
      ["setreg", "application/set-registration-initiation"],
      ["sfd-hdstx", "application/vnd.hydrostatix.sof-data"],
      ["sfs", "application/vnd.spotfire.sfs"],
      ["sgl", "application/vnd.stardivision.writer-global"],
      ["sgm", ["text/sgml", "text/x-sgml"]],
      ["sgml", ["text/sgml", "text/x-sgml"]],
      ["sh", ["application/x-shar", "application/x-bsh", "application/x-sh", "text/x-script.sh"]],
      ["shar", ["application/x-bsh", "application/x-shar"]],
      ["shf", "application/shf+xml"],
      ["shtml", ["text/html", "text/x-server-parsed-html"]],
      ["sid", "audio/x-psid"],
      ["sis", "application/vnd.symbian.install"],
      ["sit", ["application/x-stuffit", "application/x-sit"]],
      ["sitx", "application/x-stuffitx"],
      ["skd", "application/x-koan"],
      ["skm", "application/x-koan"],
      ["skp", ["application/vnd.koan", "application/x-koan"]],
      ["skt", "application/x-koan"],
      ["sl", "application/x-seelogo"],
      ["sldm", "application/vnd.ms-powerpoint.slide.macroenabled.12"],
      ["sldx", "application/vnd.openxmlformats-officedocument.presentationml.slide"],
      ["slt", "application/vnd.epson.salt"],
      ["sm", "application/vnd.stepmania.stepchart"],
      ["smf", "application/vnd.stardivision.math"],
      ["smi", ["application/smil", "application/smil+xml"]],
      ["smil", "application/smil"],
      ["snd", ["audio/basic", "audio/x-adpcm"]],
      ["snf", "application/x-font-snf"],
      ["sol", "application/solids"],
      ["spc", ["text/x-speech", "application/x-pkcs7-certificates"]],
      ["spf", "application/vnd.yamaha.smaf-phrase"],
      ["spl", ["application/futuresplash", "application/x-futuresplash"]],
      ["spot", "text/vnd.in3d.spot"],
      ["spp", "application/scvp-vp-response"],
      ["spq", "application/scvp-vp-request"],
      ["spr", "application/x-sprite"],
      ["sprite", "application/x-sprite"],
      ["src", "application/x-wais-source"],
      ["sru", "application/sru+xml"],
      ["srx", "application/sparql-results+xml"],
      ["sse", "application/vnd.kodak-descriptor"],
      ["ssf", "application/vnd.epson.ssf"],
      ["ssi", "text/x-server-parsed-html"],
      ["ssm", "application/streamingmedia"],
      ["ssml", "application/ssml+xml"],
      ["sst", ["application/vnd.ms-pkicertstore", "application/vnd.ms-pki.certstore"]],
      ["st", "application/vnd.sailingtracker.track"],
      ["stc", "application/vnd.sun.xml.calc.template"],
      ["std", "application/vnd.sun.xml.draw.template"],
      ["step", "application/step"],
      ["stf", "application/vnd.wt.stf"],
      ["sti", "application/vnd.sun.xml.impress.template"],
      ["stk", "application/hyperstudio"],
      ["stl", ["application/vnd.ms-pkistl", "application/sla", "application/vnd.ms-pki.stl", "application/x-navistyle"]],
      ["stm", "text/html"],
      ["stp", "application/step"],
      ["str", "application/vnd.pg.format"],
      ["stw", "application/vnd.sun.xml.writer.template"],
      ["sub", "image/vnd.dvb.subtitle"],
      ["sus", "application/vnd.sus-calendar"],
      ["sv4cpio", "application/x-sv4cpio"],
      ["sv4crc", "application/x-sv4crc"],
      ["svc", "application/vnd.dvb.service"],
      ["svd", "application/vnd.svd"],
      ["svf", ["image/vnd.dwg", "image/x-dwg"]],
      ["svg", "image/svg+xml"],
      ["svr", ["x-world/x-svr", "application/x-world"]],
      ["swf", "application/x-shockwave-flash"],
      ["swi", "application/vnd.aristanetworks.swi"],
      ["sxc", "application/vnd.sun.xml.calc"],
      ["sxd", "application/vnd.sun.xml.draw"],
      ["sxg", "application/vnd.sun.xml.writer.global"],
      ["sxi", "application/vnd.sun.xml.impress"],
      ["sxm", "application/vnd.sun.xml.math"],
      ["sxw", "application/vnd.sun.xml.writer"],
      ["t", ["text/troff", "application/x-troff"]],
      ["talk", "text/x-speech"],
      ["tao", "application/vnd.tao.intent-module-archive"],
      ["tar", "application/x-tar"],
      ["tbk", ["application/toolbook", "application/x-tbook"]],
      ["tcap", "application/vnd.3gpp2.tcap"],
      ["tcl", ["text/x-script.tcl", "application/x-tcl"]],
      ["tcsh", "text/x-script.tcsh"],
      ["teacher", "application/vnd.smart.teacher"],
      ["tei", "application/tei+xml"],
      ["tex", "application/x-tex"],
      ["texi", "application/x-texinfo"],
      ["texinfo", "application/x-texinfo"],
      ["text", ["application/plain", "text/plain"]],
      ["tfi", "application/thraud+xml"],
      ["tfm", "application/x-tex-tfm"],
      ["tgz", ["application/gnutar", "application/x-compressed"]],
      ["thmx", "application/vnd.ms-officetheme"],
      ["tif", ["image/tiff", "image/x-tiff"]],
      ["tiff", ["image/tiff", "image/x-tiff"]],
      ["tmo", "application/vnd.tmobile-livetv"],
      ["torrent", "application/x-bittorrent"],
      ["tpl", "application/vnd.groove-tool-template"],
      ["tpt", "application/vnd.trid.tpt"],
      ["tr", "application/x-troff"],
      ["tra", "application/vnd.trueapp"],
      ["trm", "application/x-msterminal"],
      ["tsd", "application/timestamped-data"],
      ["tsi", "audio/tsp-audio"],
      ["tsp", ["application/dsptype", "audio/tsplayer"]],
      ["tsv", "text/tab-separated-values"],
      ["ttf", "application/x-font-ttf"],
      ["ttl", "text/turtle"],
      ["turbot", "image/florian"],
      ["twd", "application/vnd.simtech-mindmapper"],
      ["txd", "application/vnd.genomatix.tuxedo"],
      ["txf", "application/vnd.mobius.txf"],
      ["txt", "text/plain"],
      ["ufd", "application/vnd.ufdl"],
      ["uil", "text/x-uil"],
      ["uls", "text/iuls"],
      ["umj", "application/vnd.umajin"],
      ["uni", "text/uri-list"],
      ["unis", "text/uri-list"],
      ["unityweb", "application/vnd.unity"],
      ["unv", "application/i-deas"],
      ["uoml", "application/vnd.uoml+xml"],
      ["uri", "text/uri-list"],
      ["uris", "text/uri-list"],
      ["ustar", ["application/x-ustar", "multipart/x-ustar"]],
      ["utz", "application/vnd.uiq.theme"],
      ["uu", ["application/octet-stream", "text/x-uuencode"]],
      ["uue", "text/x-uuencode"],
      ["uva", "audio/vnd.dece.audio"],
      ["uvh", "video/vnd.dece.hd"],
      ["uvi", "image/vnd.dece.graphic"],
      ["uvm", "video/vnd.dece.mobile"],
      ["uvp", "video/vnd.dece.pd"],
      ["uvs", "video/vnd.dece.sd"],
      ["uvu", "video/vnd.uvvu.mp4"],
      ["uvv", "video/vnd.dece.video"],
      ["vcd", "application/x-cdlink"],
      ["vcf", "text/x-vcard"],
      ["vcg", "application/vnd.groove-vcard"],
      ["vcs", "text/x-vcalendar"],
      ["vcx", "application/vnd.vcx"],
      ["vda", "application/vda"],
      ["vdo", "video/vdo"],
      ["vew", "application/groupwise"],
      ["vis", "application/vnd.visionary"],
      ["viv", ["video/vivo", "video/vnd.vivo"]],
      ["vivo", ["video/vivo", "video/vnd.vivo"]],
      ["vmd", "application/vocaltec-media-desc"],
      ["vmf", "application/vocaltec-media-file"],
      ["voc", ["audio/voc", "audio/x-voc"]],
      ["vos", "video/vosaic"],
      ["vox", "audio/voxware"],
      ["vqe", "audio/x-twinvq-plugin"],
      ["vqf", "audio/x-twinvq"],
      ["vql", "audio/x-twinvq-plugin"],
      ["vrml", ["model/vrml", "x-world/x-vrml", "application/x-vrml"]],
      ["vrt", "x-world/x-vrt"],
      ["vsd", ["application/vnd.visio", "application/x-visio"]],
      ["vsf", "application/vnd.vsf"],
      ["vst", "application/x-visio"],
      ["vsw", "application/x-visio"],
      ["vtu", "model/vnd.vtu"],
      ["vxml", "application/voicexml+xml"],
      ["w60", "application/wordperfect6.0"],
      ["w61", "application/wordperfect6.1"],
      ["w6w", "application/msword"],
      ["wad", "application/x-doom"],
      ["wav", ["audio/wav", "audio/x-wav"]],
      ["wax", "audio/x-ms-wax"],
      ["wb1", "application/x-qpro"],
      ["wbmp", "image/vnd.wap.wbmp"],
      ["wbs", "application/vnd.criticaltools.wbs+xml"],
      ["wbxml", "application/vnd.wap.wbxml"],
      ["wcm", "application/vnd.ms-works"],
      ["wdb", "application/vnd.ms-works"],
      ["web", "application/vnd.xara"],
      ["weba", "audio/webm"],
      ["webm", "video/webm"],
      ["webp", "image/webp"],
      ["wg", "application/vnd.pmi.widget"],
      ["wgt", "application/widget"],
      ["wiz", "application/msword"],
      ["wk1", "application/x-123"],
      ["wks", "application/vnd.ms-works"],
      ["wm", "video/x-ms-wm"],
      ["wma", "audio/x-ms-wma"],
      ["wmd", "application/x-ms-wmd"],
      ["wmf", ["windows/metafile", "application/x-msmetafile"]],
      ["wml", "text/vnd.wap.wml"],
      ["wmlc", "application/vnd.wap.wmlc"],
      ["wmls", "text/vnd.wap.wmlscript"],
      ["wmlsc", "application/vnd.wap.wmlscriptc"],
      ["wmv", "video/x-ms-wmv"],
      ["wmx", "video/x-ms-wmx"],
      ["wmz", "application/x-ms-wmz"],
      ["woff", "application/x-font-woff"],
      ["word", "application/msword"],
      ["wp", "application/wordperfect"],
      ["wp5", ["application/wordperfect", "application/wordperfect6.0"]],
      ["wp6", "application/wordperfect"],
      ["wpd", ["application/wordperfect", "application/vnd.wordperfect", "application/x-wpwin"]],
      ["wpl", "application/vnd.ms-wpl"],
      ["wps", "application/vnd.ms-works"],
      ["wq1", "application/x-lotus"],
      ["wqd", "application/vnd.wqd"],
      ["wri", ["application/mswrite", "application/x-wri", "application/x-mswrite"]],
      ["wrl", ["model/vrml", "x-world/x-vrml", "application/x-world"]],
      ["wrz", ["model/vrml", "x-world/x-vrml"]],
      ["wsc", "text/scriplet"],
      ["wsdl", "application/wsdl+xml"],
      ["wspolicy", "application/wspolicy+xml"],
      ["wsrc", "application/x-wais-source"],
      ["wtb", "application/vnd.webturbo"],
      ["wtk", "application/x-wintalk"],
      ["wvx", "video/x-ms-wvx"],
      ["x-png", "image/png"],
      ["x3d", "application/vnd.hzn-3d-crossword"],
      ["xaf", "x-world/x-vrml"],
      ["xap", "application/x-silverlight-app"],
      ["xar", "application/vnd.xara"],
      ["xbap", "application/x-ms-xbap"],
      ["xbd", "application/vnd.fujixerox.docuworks.binder"],
      ["xbm", ["image/xbm", "image/x-xbm", "image/x-xbitmap"]],
      ["xdf", "application/xcap-diff+xml"],
      ["xdm", "application/vnd.syncml.dm+xml"],
      ["xdp", "application/vnd.adobe.xdp+xml"],
      ["xdr", "video/x-amt-demorun"],
      ["xdssc", "application/dssc+xml"],
      ["xdw", "application/vnd.fujixerox.docuworks"],
      ["xenc", "application/xenc+xml"],
      ["xer", "application/patch-ops-error+xml"],
      ["xfdf", "application/vnd.adobe.xfdf"],
      ["xfdl", "application/vnd.xfdl"],
      ["xgz", "xgl/drawing"],
      ["xhtml", "application/xhtml+xml"],
      ["xif", "image/vnd.xiff"],
      ["xl", "application/excel"],
      ["xla", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xlam", "application/vnd.ms-excel.addin.macroenabled.12"],
      ["xlb", ["application/excel", "application/vnd.ms-excel", "application/x-excel"]],
      ["xlc", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xld", ["application/excel", "application/x-excel"]],
      ["xlk", ["application/excel", "application/x-excel"]],
      ["xll", ["application/excel", "application/vnd.ms-excel", "application/x-excel"]],
      ["xlm", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xls", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xlsb", "application/vnd.ms-excel.sheet.binary.macroenabled.12"],
      ["xlsm", "application/vnd.ms-excel.sheet.macroenabled.12"],
      ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["xlt", ["application/vnd.ms-excel", "application/excel", "application/x-excel"]],
      ["xltm", "application/vnd.ms-excel.template.macroenabled.12"],
      ["xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template"],
      ["xlv", ["application/excel", "application/x-excel"]],
      ["xlw", ["application/vnd.ms-excel", "application/excel", "application/x-msexcel", "application/x-excel"]],
      ["xm", "audio/xm"],
      ["xml", ["application/xml", "text/xml", "application/atom+xml", "application/rss+xml"]],
      ["xmz", "xgl/movie"],
      ["xo", "application/vnd.olpc-sugar"],
      ["xof", "x-world/x-vrml"],
      ["xop", "application/xop+xml"],
      ["xpi", "application/x-xpinstall"],
      ["xpix", "application/x-vnd.ls-xpix"],
      ["xpm", ["image/xpm", "image/x-xpixmap"]],
      ["xpr", "application/vnd.is-xpr"],
      ["xps", "application/vnd.ms-xpsdocument"],
      ["xpw", "application/vnd.intercon.formnet"],
      ["xslt", "application/xslt+xml"],
      ["xsm", "application/vnd.syncml+xml"],
      ["xspf", "application/xspf+xml"],
      ["xsr", "video/x-amt-showrun"],
      ["xul", "application/vnd.mozilla.xul+xml"],
      ["xwd", ["image/x-xwd", "image/x-xwindowdump"]],
      ["xyz", ["chemical/x-xyz", "chemical/x-pdb"]],
      ["yang", "application/yang"],
      ["yin", "application/yin+xml"],
      ["z", ["application/x-compressed", "application/x-compress"]],
      ["zaz", "application/vnd.zzazz.deck+xml"],
      ["zip", ["application/zip", "multipart/x-zip", "application/x-zip-compressed", "application/x-compressed"]],
      ["zir", "application/vnd.zul"],
      ["zmm", "application/vnd.handheld-entertainment+xml"],
      ["zoo", "application/octet-stream"],
      ["zsh", "text/x-script.zsh"]
    ]);
  }
});

// ../main/node_modules/nodemailer/dist/esm/base64/index.js
function encode2(buffer) {
  if (typeof buffer === "string") {
    buffer = Buffer.from(buffer, "utf-8");
  }
  return buffer.toString("base64");
}
function normalizeLineLength(lineLength) {
  const length = Math.floor(Number(lineLength));
  return Number.isFinite(length) && length >= 1 ? length : 76;
}
function wrapBuffer(src, lineLength, final) {
  const lines = Math.ceil(src.length / lineLength);
  const complete = Math.max(lines - 1, 0);
  let rest = src.length - complete * lineLength;
  const output = Buffer.allocUnsafe(complete * (lineLength + 2) + (final ? rest : 0));
  let to = 0;
  for (let from = 0; from < complete * lineLength; from += lineLength) {
    src.copy(output, to, from, from + lineLength);
    to += lineLength;
    output[to++] = 13;
    output[to++] = 10;
  }
  if (final) {
    to += src.copy(output, to, complete * lineLength);
    rest = 0;
  }
  if (to !== output.length) {
    throw new Error("Unexpected wrapped length");
  }
  return { output, rest };
}
var import_node_stream3, Encoder;
var init_base64 = __esm({
  "../main/node_modules/nodemailer/dist/esm/base64/index.js"() {
    import_node_stream3 = require("node:stream");
    Encoder = class extends import_node_stream3.Transform {
      constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
          this.options.lineLength = normalizeLineLength(this.options.lineLength);
        }
        this._curLine = "";
        this._remainingBytes = false;
        this.inputBytes = 0;
        this.outputBytes = 0;
      }
      /**
       * Emits the encoded characters `b64` that follow the current line, keeping what can not be
       * emitted yet as the new current line
       *
       * @internal
       */
      _emit(b64, final) {
        const src = Buffer.from(this._curLine + b64, "latin1");
        if (!src.length) {
          return;
        }
        let output = src;
        if (this.options.lineLength) {
          const wrapped = wrapBuffer(src, this.options.lineLength, final);
          output = wrapped.output;
          this._curLine = wrapped.rest ? src.toString("latin1", src.length - wrapped.rest) : "";
        } else {
          this._curLine = "";
        }
        if (output.length) {
          this.outputBytes += output.length;
          this.push(output);
        }
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        let buf = encoding !== "buffer" ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
          return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
          buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
          this._remainingBytes = false;
        }
        const extra = buf.length % 3;
        if (extra) {
          this._remainingBytes = buf.subarray(buf.length - extra);
          buf = buf.subarray(0, buf.length - extra);
        }
        this._emit(encode2(buf), false);
        done();
      }
      /** @internal */
      _flush(done) {
        this._emit(this._remainingBytes ? encode2(this._remainingBytes) : "", true);
        this._remainingBytes = false;
        done();
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/qp/index.js
function encode3(buffer) {
  return encodeBytes(typeof buffer === "string" ? Buffer.from(buffer, "utf-8") : buffer);
}
function encodeBytes(buffer, next, binary, previous) {
  const len = buffer.length;
  const output = Buffer.allocUnsafe(len * 3);
  let pos = 0;
  for (let i = 0; i < len; i++) {
    const ord = buffer[i];
    const following = i + 1 < len ? buffer[i + 1] : next;
    const lineBreakByte = binary && (ord === 13 || ord === 10) ? ord === 13 ? following === 10 : (i > 0 ? buffer[i - 1] : previous) === 13 : true;
    if (QP_LITERAL[ord] && lineBreakByte && !(isWhitespace(ord) && (following === void 0 || following === 10 || following === 13))) {
      output[pos++] = ord;
      continue;
    }
    output[pos++] = 61;
    output[pos++] = HEX_DIGITS[Math.floor(ord / 16)];
    output[pos++] = HEX_DIGITS[ord % 16];
  }
  return output.toString("latin1", 0, pos);
}
function wrap(str, lineLength) {
  str = (str || "").toString();
  lineLength = Math.max(Number(lineLength) || 76, MIN_LINE_LENGTH);
  if (str.length <= lineLength) {
    return str;
  }
  let pos = 0;
  const len = str.length;
  let match, code, line;
  const lineMargin = Math.floor(lineLength / 3);
  let result = "";
  while (pos < len) {
    line = str.substr(pos, lineLength);
    if (match = line.match(/\r\n/)) {
      line = line.substr(0, match.index + match[0].length);
      result += line;
      pos += line.length;
      continue;
    }
    if (line.substr(-1) === "\n") {
      result += line;
      pos += line.length;
      continue;
    }
    if (match = line.substr(-lineMargin).match(/\n.*?$/)) {
      line = line.substr(0, line.length - (match[0].length - 1));
      result += line;
      pos += line.length;
      continue;
    }
    if (line.length > lineLength - lineMargin && (match = line.substr(-lineMargin).match(/[ \t.,!?][^ \t.,!?]*$/))) {
      line = line.substr(0, line.length - (match[0].length - 1));
    } else if (line.match(/[=][\da-f]{0,2}$/i)) {
      if (match = line.match(/[=][\da-f]{0,1}$/i)) {
        line = line.substr(0, line.length - match[0].length);
      }
      while (line.length > 3 && line.length < len - pos && !line.match(/^(?:=[\da-f]{2}){1,4}$/i) && (match = line.match(/[=][\da-f]{2}$/gi))) {
        code = parseInt(match[0].substr(1, 2), 16);
        if (code < 128) {
          break;
        }
        line = line.substr(0, line.length - 3);
        if (code >= 192) {
          break;
        }
      }
    }
    if (!line.length) {
      line = str.substr(pos, lineLength);
    }
    if (pos + line.length < len && line.substr(-1) !== "\n") {
      if (line.length === lineLength && line.match(/[=][\da-f]{2}$/i)) {
        line = line.substr(0, line.length - 3);
      } else if (line.length === lineLength) {
        line = line.substr(0, line.length - 1);
      }
      pos += line.length;
      line += "=\r\n";
    } else {
      pos += line.length;
    }
    result += line;
  }
  return result;
}
function checkRanges(nr, ranges) {
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i];
    if (!range.length) {
      continue;
    }
    if (range.length === 1 && nr === range[0]) {
      return true;
    }
    if (range.length === 2 && nr >= range[0] && nr <= range[1]) {
      return true;
    }
  }
  return false;
}
var import_node_stream4, MIN_LINE_LENGTH, QP_RANGES, QP_LITERAL, HEX_DIGITS, isWhitespace, ENCODE_SLICE_SIZE, Encoder2;
var init_qp = __esm({
  "../main/node_modules/nodemailer/dist/esm/qp/index.js"() {
    import_node_stream4 = require("node:stream");
    MIN_LINE_LENGTH = 4;
    QP_RANGES = [
      [9],
      // <TAB>
      [10],
      // <LF>
      [13],
      // <CR>
      [32, 60],
      // <SP>!"#$%&'()*+,-./0123456789:;
      [62, 126]
      // >?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}
    ];
    QP_LITERAL = new Uint8Array(256);
    for (let i = 0; i < 256; i++) {
      QP_LITERAL[i] = checkRanges(i, QP_RANGES) ? 1 : 0;
    }
    HEX_DIGITS = Buffer.from("0123456789ABCDEF", "latin1");
    isWhitespace = (c) => c === 32 || c === 9;
    ENCODE_SLICE_SIZE = 64 * 1024;
    Encoder2 = class extends import_node_stream4.Transform {
      constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
          this.options.lineLength = this.options.lineLength || 76;
        }
        this._curLine = "";
        this._remainingBytes = false;
        this._lastByte = void 0;
        this.inputBytes = 0;
        this.outputBytes = 0;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        let buf = encoding !== "buffer" ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
          return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
          buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
          this._remainingBytes = false;
        }
        let end = buf.length;
        while (end > 0 && (isWhitespace(buf[end - 1]) || this.options.binary && buf[end - 1] === 13)) {
          end--;
        }
        if (buf.length - end <= ENCODE_SLICE_SIZE) {
          this._remainingBytes = end < buf.length ? Buffer.from(buf.subarray(end)) : false;
          buf = buf.subarray(0, end);
        }
        this._encodeSlices(buf);
        done();
      }
      /** @internal */
      _flush(done) {
        if (this._remainingBytes) {
          this._encodeSlices(this._remainingBytes);
          this._remainingBytes = false;
        }
        if (this._curLine) {
          this.outputBytes += this._curLine.length;
          this.push(this._curLine, "ascii");
          this._curLine = "";
        }
        done();
      }
      /**
       * Encodes the input in slices of ENCODE_SLICE_SIZE bytes. Each slice is told the byte that
       * follows it, so a slice that ends in whitespace is encoded as if it was not split
       *
       * @internal
       */
      _encodeSlices(buf) {
        for (let start = 0; start < buf.length; start += ENCODE_SLICE_SIZE) {
          const end = Math.min(start + ENCODE_SLICE_SIZE, buf.length);
          this._encodeSlice(buf.subarray(start, end), end < buf.length ? buf[end] : void 0);
          this._lastByte = buf[end - 1];
        }
      }
      /** @internal */
      _encodeSlice(buf, next) {
        let qp;
        if (this.options.lineLength) {
          qp = wrap(this._curLine + encodeBytes(buf, next, this.options.binary, this._lastByte), this.options.lineLength);
          const lastLF = qp.lastIndexOf("\n");
          this._curLine = qp.substring(lastLF + 1);
          qp = qp.substring(0, lastLF + 1);
          if (qp) {
            this.outputBytes += qp.length;
            this.push(qp, "ascii");
          }
        } else {
          qp = encodeBytes(buf, next, this.options.binary, this._lastByte);
          this.outputBytes += qp.length;
          this.push(qp, "ascii");
        }
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-funcs/index.js
function isPlainText(value, isParam) {
  const re = isParam ? /[\x00-\x1f\x7f"\u0080-\uFFFF]/ : /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uFFFF]/;
  return typeof value === "string" && !re.test(value);
}
function isPlainParamValue(value) {
  return isPlainText(value, true) && !value.includes("=?");
}
function quoteString(value) {
  return '"' + (value || "").toString().replace(/["\\]/g, "\\$&") + '"';
}
function hasLongerLines(str, lineLength) {
  if (str.length > 128 * 1024) {
    return true;
  }
  return new RegExp("^.{" + (lineLength + 1) + ",}", "m").test(str);
}
function encodeWord(data, mimeWordEncoding, maxLength) {
  mimeWordEncoding = (mimeWordEncoding || "Q").toString().toUpperCase().trim().charAt(0);
  maxLength = maxLength || 0;
  let encodedStr;
  const toCharset = "UTF-8";
  if (maxLength && maxLength > 7 + toCharset.length) {
    maxLength -= 7 + toCharset.length;
  }
  if (mimeWordEncoding === "Q") {
    encodedStr = encode3(data).replace(/[^a-z0-9!*+\-/=]/gi, (chr) => {
      const ord = chr.charCodeAt(0).toString(16).toUpperCase();
      if (chr === " ") {
        return "_";
      }
      return "=" + (ord.length === 1 ? "0" + ord : ord);
    });
  } else if (mimeWordEncoding === "B") {
    encodedStr = typeof data === "string" ? data : data.toString("utf-8");
    maxLength = maxLength ? Math.max(3, (maxLength - maxLength % 4) / 4 * 3) : 0;
  }
  if (maxLength && (mimeWordEncoding !== "B" ? encodedStr : encode2(data)).length > maxLength) {
    if (mimeWordEncoding === "Q") {
      encodedStr = splitMimeEncodedString(encodedStr, maxLength).join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
    } else {
      const parts = [];
      let lpart = "";
      for (let i = 0, len = encodedStr.length; i < len; i++) {
        let chr = encodedStr.charAt(i);
        if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
          chr += encodedStr.charAt(++i);
        }
        if (Buffer.byteLength(lpart + chr) <= maxLength || i === 0) {
          lpart += chr;
        } else {
          parts.push(encode2(lpart));
          lpart = chr;
        }
      }
      if (lpart) {
        parts.push(encode2(lpart));
      }
      if (parts.length > 1) {
        encodedStr = parts.join("?= =?" + toCharset + "?" + mimeWordEncoding + "?");
      } else {
        encodedStr = parts.join("");
      }
    }
  } else if (mimeWordEncoding === "B") {
    encodedStr = encode2(data);
  }
  return "=?" + toCharset + "?" + mimeWordEncoding + "?" + encodedStr + (encodedStr.substr(-2) === "?=" ? "" : "?=");
}
function _markInvalidEncodedWords(value, range) {
  const len = value.length;
  const isSpace = (pos2) => /\s/.test(value.charAt(pos2));
  let wordStart = 0;
  let wordEnd = -1;
  const wordAt = (pos2) => {
    if (pos2 < wordEnd) {
      return;
    }
    wordStart = pos2;
    while (wordStart > 0 && !isSpace(wordStart - 1)) {
      wordStart--;
    }
    wordEnd = pos2;
    while (wordEnd < len && !isSpace(wordEnd)) {
      wordEnd++;
    }
  };
  let pos = value.indexOf("=?");
  while (pos >= 0) {
    wordAt(pos);
    const start = wordStart;
    LENIENT_ENCODED_WORD.lastIndex = pos;
    const match = LENIENT_ENCODED_WORD.exec(value);
    const end = match ? pos + match[0].length : wordEnd;
    if (match && end > wordEnd) {
      wordAt(end - 1);
    }
    const word = value.substring(start, wordEnd);
    const looksLike = match ? true : start === pos && word.length >= 4 && word.endsWith("?=");
    const valid = start === pos && wordEnd === end && word.length <= 75 && VALID_ENCODED_WORD.test(word);
    if (looksLike && !valid) {
      range[0] = range[0] < 0 ? start : Math.min(range[0], start);
      range[1] = Math.max(range[1], wordEnd - 1);
    }
    pos = value.indexOf("=?", match ? end : pos + 2);
  }
  return range;
}
function encodeWords(value, mimeWordEncoding, maxLength, encodeAll) {
  maxLength = maxLength || 0;
  let firstSpecial = -1;
  let lastSpecial = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 34 || code >= 128) {
      if (firstSpecial < 0) {
        firstSpecial = i;
      }
      lastSpecial = i;
    }
  }
  if (value.indexOf("=?") >= 0) {
    [firstSpecial, lastSpecial] = _markInvalidEncodedWords(value, [firstSpecial, lastSpecial]);
  }
  if (firstSpecial < 0) {
    return value;
  }
  if (encodeAll) {
    return encodeWord(value, mimeWordEncoding, maxLength);
  }
  let startIndex = firstSpecial;
  while (startIndex > 0 && !/\s/.test(value.charAt(startIndex - 1))) {
    startIndex--;
  }
  let endIndex = lastSpecial + 1;
  while (endIndex < value.length && !/\s/.test(value.charAt(endIndex))) {
    endIndex++;
  }
  return (startIndex ? value.substr(0, startIndex) : "") + encodeWord(value.substring(startIndex, endIndex), mimeWordEncoding || "Q", maxLength) + (endIndex < value.length ? value.substr(endIndex) : "");
}
function buildHeaderValue(structured) {
  const paramsArray = [];
  Object.keys(structured.params || {}).forEach((key) => {
    const value2 = structured.params[key];
    const param = key.replace(/[\x00-\x1f\x7f]/g, "");
    if (!isPlainParamValue(value2) || value2.length >= 75) {
      buildHeaderParam(param, value2, 50).forEach((encodedParam) => {
        if (!/[\s"\\;:/=(),<>@[\]?]|^[-']|'$/.test(encodedParam.value) || encodedParam.key.substr(-1) === "*") {
          paramsArray.push(encodedParam.key + "=" + encodedParam.value);
        } else {
          paramsArray.push(encodedParam.key + "=" + JSON.stringify(encodedParam.value));
        }
      });
    } else if (!value2.length || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(value2)) {
      paramsArray.push(param + "=" + JSON.stringify(value2));
    } else {
      paramsArray.push(param + "=" + value2);
    }
  });
  const value = typeof structured.value === "string" ? structured.value.replace(/[\x00-\x1f\x7f]/g, "") : structured.value;
  return value + (paramsArray.length ? "; " + paramsArray.join("; ") : "");
}
function buildHeaderParam(key, data, maxLength) {
  const list = [];
  let encodedStr = typeof data === "string" ? data : (data || "").toString();
  let chr;
  let line;
  let startPos = 0;
  let i, len;
  maxLength = maxLength || 50;
  if (isPlainParamValue(data)) {
    if (encodedStr.length <= maxLength) {
      return [
        {
          key,
          value: encodedStr
        }
      ];
    }
    encodedStr = encodedStr.replace(new RegExp(".{" + maxLength + "}", "g"), (str) => {
      list.push({
        line: str
      });
      return "";
    });
    if (encodedStr) {
      list.push({
        line: encodedStr
      });
    }
  } else {
    if (/[\uD800-\uDBFF]/.test(encodedStr)) {
      const encodedStrArr = [];
      for (i = 0, len = encodedStr.length; i < len; i++) {
        chr = encodedStr.charAt(i);
        if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
          chr += encodedStr.charAt(i + 1);
          encodedStrArr.push(chr);
          i++;
        } else {
          encodedStrArr.push(chr);
        }
      }
      encodedStr = encodedStrArr;
    }
    line = "utf-8''";
    let encoded = true;
    startPos = 0;
    for (i = 0, len = encodedStr.length; i < len; i++) {
      chr = encodedStr[i];
      if (encoded) {
        chr = safeEncodeURIComponent(chr);
      } else {
        chr = chr === " " ? chr : safeEncodeURIComponent(chr);
        if (chr !== encodedStr[i]) {
          if ((safeEncodeURIComponent(line) + chr).length >= maxLength) {
            list.push({
              line,
              encoded
            });
            line = "";
            encoded = true;
          } else {
            encoded = true;
            i = startPos;
            line = "";
            continue;
          }
        }
      }
      if ((line + chr).length >= maxLength) {
        list.push({
          line,
          encoded
        });
        line = chr = encodedStr[i] === " " ? " " : safeEncodeURIComponent(encodedStr[i]);
        if (chr === encodedStr[i]) {
          encoded = false;
          startPos = i - 1;
        } else {
          encoded = true;
        }
      } else {
        line += chr;
      }
    }
    if (line) {
      list.push({
        line,
        encoded
      });
    }
  }
  return list.map((item, i2) => ({
    // encoded lines: {name}*{part}*
    // unencoded lines: {name}*{part}
    // if any line needs to be encoded then the first line (part==0) is always encoded
    key: key + "*" + i2 + (item.encoded ? "*" : ""),
    value: item.line
  }));
}
function _findCommentEnd(str, start) {
  let depth = 0;
  for (let i = start, len = str.length; i < len; i++) {
    const c = str.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === "(") {
      depth++;
    } else if (c === ")" && --depth === 0) {
      return i;
    }
  }
  return -1;
}
function _isParamName(name2) {
  return !!name2 && !isProtoKey(name2);
}
function parseHeaderValue(str, options) {
  const response = {
    value: "",
    params: {}
  };
  let stripComments = !!options?.stripComments;
  const setParam = (name2, value2) => {
    name2 = name2.toLowerCase();
    if (_isParamName(name2) && !Object.prototype.hasOwnProperty.call(response.params, name2)) {
      response.params[name2] = value2;
    }
  };
  let key = false;
  let value = "";
  let stage = "value";
  let quote = false;
  let escaped = false;
  let chr;
  let pendingSpace = "";
  let quoteClosed = false;
  const flushSpace = () => {
    if (value.length) {
      value += pendingSpace;
    }
    pendingSpace = "";
  };
  const addChr = (c) => {
    flushSpace();
    value += c;
  };
  const takeValue = () => {
    const taken = value;
    value = "";
    pendingSpace = "";
    quoteClosed = false;
    return taken;
  };
  const storeValue = () => {
    const taken = takeValue();
    if (key === false) {
      response.value = taken;
    } else {
      setParam(key, taken);
    }
  };
  const storeEmptyKey = () => {
    setParam(takeValue().trim(), "");
  };
  for (let i = 0, len = str.length; i < len; i++) {
    chr = str.charAt(i);
    if (stripComments && chr === "(" && !quote && !quoteClosed && !(stage === "value" && key !== false && !pendingSpace)) {
      let end = _findCommentEnd(str, i);
      if (end < 0 && str.indexOf(";", i) < 0) {
        end = len - 1;
      }
      if (end >= 0) {
        i = end;
        continue;
      }
      stripComments = false;
    }
    if (stage === "key") {
      if (chr === "=") {
        key = takeValue().trim();
        stage = "value";
        continue;
      }
      if (chr === ";") {
        storeEmptyKey();
        continue;
      }
      value += chr;
    } else {
      if (quoteClosed && chr !== ";") {
        escaped = false;
        continue;
      }
      if (escaped) {
        addChr(chr);
      } else if (quote && chr === "\\") {
        escaped = true;
        continue;
      } else if (quote && chr === quote) {
        quote = false;
        quoteClosed = true;
      } else if (!quote && chr === '"') {
        quote = chr;
        flushSpace();
      } else if (!quote && chr === ";") {
        storeValue();
        stage = "key";
      } else if (!quote && (chr === " " || chr === "	")) {
        pendingSpace += chr;
      } else {
        addChr(chr);
      }
      escaped = false;
    }
  }
  if (stage === "value") {
    storeValue();
  } else {
    storeEmptyKey();
  }
  const continuations = /* @__PURE__ */ new Map();
  Object.keys(response.params).forEach((key2) => {
    const match = key2.match(/(\*(\d+)|\*(\d+)\*|\*)$/);
    if (!match) {
      return;
    }
    const actualKey = key2.substr(0, match.index);
    const nr = Number(match[2] || match[3]) || 0;
    const encoded = match[0].substr(-1) === "*";
    let value2 = response.params[key2];
    delete response.params[key2];
    if (!_isParamName(actualKey)) {
      return;
    }
    let continuation = continuations.get(actualKey);
    if (!continuation) {
      continuation = { charset: false, sections: [] };
      continuations.set(actualKey, continuation);
    }
    const charsetMatch = nr === 0 && encoded ? value2.match(/^([^']*)'[^']*'(.*)$/) : null;
    if (charsetMatch) {
      continuation.charset = TOKEN2.test(charsetMatch[1]) ? charsetMatch[1] : "iso-8859-1";
      value2 = charsetMatch[2];
    }
    continuation.sections.push({ nr, value: value2, encoded });
  });
  continuations.forEach((continuation, key2) => {
    if (Object.prototype.hasOwnProperty.call(response.params, key2)) {
      return;
    }
    continuation.sections.sort((a, b) => a.nr - b.nr);
    if (!continuation.charset) {
      response.params[key2] = continuation.sections.map((section) => section.value).join("");
      return;
    }
    response.params[key2] = "=?" + continuation.charset + "?Q?" + continuation.sections.map(_encodeContinuationSection).join("") + "?=";
  });
  return response;
}
function _encodeContinuationSection(section) {
  const specials = section.encoded ? /[=?_\s]/g : /[=?_\s%]/g;
  return section.value.replace(specials, (s) => {
    const c = s.charCodeAt(0).toString(16);
    if (s === " ") {
      return "_";
    }
    return "%" + (c.length < 2 ? "0" : "") + c;
  }).replace(/%/g, "=");
}
function detectExtension2(mimeType) {
  return detectExtension(mimeType);
}
function detectMimeType2(extension) {
  return detectMimeType(extension);
}
function foldLines(str, lineLength, afterSpace) {
  str = (str || "").toString();
  lineLength = lineLength || 76;
  let pos = 0;
  const len = str.length;
  let result = "";
  let line, match;
  while (pos < len) {
    line = str.substr(pos, lineLength);
    if (line.length < lineLength) {
      result += line;
      break;
    }
    if (match = line.match(/^[^\n\r]*(\r?\n|\r)/)) {
      line = match[0];
      result += line;
      pos += line.length;
      continue;
    } else if ((match = line.match(/(\s+)[^\s]*$/)) && match[0].length - (afterSpace ? (match[1] || "").length : 0) < line.length) {
      line = line.substr(0, line.length - (match[0].length - (afterSpace ? (match[1] || "").length : 0)));
    } else if (match = str.substr(pos + line.length).match(/^[^\s]+(\s*)/)) {
      line = line + match[0].substr(0, match[0].length - (!afterSpace ? (match[1] || "").length : 0));
    }
    result += line;
    pos += line.length;
    if (pos < len) {
      result += "\r\n";
    }
  }
  return result;
}
function splitMimeEncodedString(str, maxlen) {
  const lines = [];
  let curLine, fallbackLine, match, chr, done;
  maxlen = Math.max(maxlen || 0, 12);
  while (str.length) {
    curLine = str.substr(0, maxlen);
    if (match = curLine.match(/[=][0-9A-F]?$/i)) {
      curLine = curLine.substr(0, match.index);
    }
    fallbackLine = curLine.length ? curLine : str.substr(0, maxlen);
    done = false;
    while (!done && curLine.length) {
      done = true;
      if (match = str.substr(curLine.length).match(/^[=]([0-9A-F]{2})/i)) {
        chr = parseInt(match[1], 16);
        if (chr < 194 && chr > 127) {
          curLine = curLine.substr(0, curLine.length - 3);
          done = false;
        }
      }
    }
    if (!curLine.length) {
      curLine = fallbackLine;
    }
    lines.push(curLine);
    str = str.substr(curLine.length);
  }
  return lines;
}
function encodeURICharComponent(chr) {
  let res = "";
  let ord = chr.charCodeAt(0).toString(16).toUpperCase();
  if (ord.length % 2) {
    ord = "0" + ord;
  }
  if (ord.length > 2) {
    for (let i = 0, len = ord.length / 2; i < len; i++) {
      res += "%" + ord.substr(i, 2);
    }
  } else {
    res += "%" + ord;
  }
  return res;
}
function safeEncodeURIComponent(str) {
  str = (str || "").toString();
  try {
    str = encodeURIComponent(str);
  } catch (_E) {
    str = encodeURIComponent(Buffer.from(str, "utf-8").toString("utf-8"));
  }
  return str.replace(/[\x00-\x1F *'()<>@,;:\\"[\]?=\u007F-\uFFFF]/g, (chr) => encodeURICharComponent(chr));
}
var VALID_ENCODED_WORD, LENIENT_ENCODED_WORD, TOKEN2;
var init_mime_funcs = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-funcs/index.js"() {
    init_base64();
    init_qp();
    init_mime_types();
    init_objects();
    VALID_ENCODED_WORD = /^=\?[^\s()<>@,;:"/[\]?.=]+\?[BbQq]\?[^?\s]+\?=$/;
    LENIENT_ENCODED_WORD = /[=]\?[^?]*\?[BbQq]\?[^?]*\?=/y;
    TOKEN2 = /^[^\x00-\x20\x7f()<>@,;:\\"/[\]?=]+$/;
  }
});

// ../main/node_modules/nodemailer/dist/esm/addressparser/index.js
function _domainAt(address) {
  const literal = address.charAt(address.length - 1) === "]" ? DOMAIN_LITERAL_TAIL.exec(address) : null;
  return literal ? address.length - literal[1].length - 1 : address.lastIndexOf("@");
}
function _quoteLocalPart(address) {
  const lastAt = _domainAt(address);
  if (lastAt < 0) {
    return address;
  }
  const user = address.substr(0, lastAt);
  if (/^[^\s"(),:;<>@[\\\]]+$/.test(user) || /^"(?:[^"\\]|\\[\s\S])*"$/.test(user)) {
    return address;
  }
  return '"' + user.replace(/["\\]/g, "\\$&") + '"@' + address.substr(lastAt + 1);
}
function _isAddrSpec(value) {
  return ADDR_SPEC.test(value) || LITERAL_ADDR_SPEC.test(value);
}
function _isSpaceCode(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}
function _isFoldingSpaceCode(code) {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
function _isFoldingGap(str, from, to) {
  for (let i = from; i < to; i++) {
    if (!_isFoldingSpaceCode(str.charCodeAt(i))) {
      return false;
    }
  }
  return true;
}
function _isDroppedCode(code) {
  return code < 32 || code === 127 || _isSpaceCode(code);
}
function _isWordCode(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95;
}
function _isBoundary(text, at) {
  return _isWordCode(text.charCodeAt(at - 1)) !== _isWordCode(text.charCodeAt(at));
}
function _indexOfAt(text, from, to) {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 64) {
      return i;
    }
  }
  return -1;
}
function _joinAtSpacing(value, at) {
  if (at < 0) {
    return value;
  }
  let start = at;
  while (start > 0 && _isSpaceCode(value.charCodeAt(start - 1))) {
    start--;
  }
  let end = at + 1;
  while (end < value.length && _isSpaceCode(value.charCodeAt(end))) {
    end++;
  }
  const joined = start === at && end === at + 1 ? value : value.slice(0, start) + "@" + value.slice(end);
  return _joinDomainDotSpacing(joined, start);
}
function _isAtextCode(code) {
  return code < 128 ? ASCII_ATEXT[code] === 1 : !_isSpaceCode(code);
}
function _joinDomainDotSpacing(value, at) {
  const len = value.length;
  let pos = at + 1;
  let spaced = false;
  for (; ; ) {
    const labelStart = pos;
    while (pos < len && _isAtextCode(value.charCodeAt(pos))) {
      pos++;
    }
    if (pos === labelStart) {
      break;
    }
    let next = pos;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (value.charCodeAt(next) !== 46) {
      break;
    }
    next++;
    while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
      next++;
    }
    if (next >= len || !_isAtextCode(value.charCodeAt(next))) {
      break;
    }
    spaced = spaced || next !== pos + 1;
    pos = next;
  }
  if (!spaced) {
    return value;
  }
  let domain = "";
  for (let k = at + 1; k < pos; k++) {
    if (!_isFoldingSpaceCode(value.charCodeAt(k))) {
      domain += value.charAt(k);
    }
  }
  return value.slice(0, at + 1) + domain + value.slice(pos);
}
function _collapseAtSpacing(value) {
  const quoted = LEADING_QUOTED_STRING.exec(value);
  if (quoted) {
    let at2 = quoted[0].length;
    while (at2 < value.length && _isSpaceCode(value.charCodeAt(at2))) {
      at2++;
    }
    if (value.charAt(at2) === "@" && value.indexOf("@", at2 + 1) < 0) {
      return _joinAtSpacing(value, at2);
    }
  }
  const at = value.indexOf("@");
  if (at < 0 || value.indexOf("@", at + 1) >= 0 || value.lastIndexOf('"') > at) {
    return value;
  }
  return _joinAtSpacing(value, at);
}
function _looseAddressStart(text) {
  const len = text.length;
  let pos = 0;
  while (pos < len) {
    while (pos < len && _isSpaceCode(text.charCodeAt(pos))) {
      pos++;
    }
    if (pos >= len) {
      break;
    }
    const runStart = pos;
    let runEnd = pos;
    while (runEnd < len && !_isSpaceCode(text.charCodeAt(runEnd))) {
      runEnd++;
    }
    let at = _indexOfAt(text, runStart, runEnd);
    if (at >= 0) {
      let lastBoundary = -1;
      for (let k = runEnd; k > runStart; k--) {
        if (_isBoundary(text, k)) {
          lastBoundary = k;
          break;
        }
      }
      let atomStart = runStart;
      while (lastBoundary >= 0 && at >= 0) {
        if (at > atomStart && runEnd > at + 1 && lastBoundary > at + 1) {
          for (let start = atomStart; start < at; start++) {
            if (_isBoundary(text, start)) {
              if (start > runStart) {
                return start;
              }
              let padded = runStart;
              while (padded > 0 && _isSpaceCode(text.charCodeAt(padded - 1))) {
                padded--;
              }
              return padded;
            }
          }
        }
        atomStart = at + 1;
        at = _indexOfAt(text, atomStart, runEnd);
      }
    }
    pos = runEnd;
  }
  return -1;
}
function _recoverAddrSpec(data) {
  data.address = _collapseAtSpacing(data.address);
  if (!HAS_WHITESPACE.test(data.address)) {
    return;
  }
  let address;
  let rest;
  const quoted = data.address.match(QUOTED_LOCAL_ADDR);
  if (quoted) {
    if (!quoted[2]) {
      return;
    }
    address = quoted[1];
    rest = [quoted[2]];
  } else {
    if (data.address.indexOf('"') >= 0) {
      return;
    }
    const parts = data.address.split(/\s+/);
    let addrIndex = parts.findIndex(_isAddrSpec);
    if (addrIndex < 0) {
      addrIndex = parts.findIndex((part) => LOOSE_ADDR_SPEC.test(part));
    }
    if (addrIndex < 0) {
      return;
    }
    address = parts.splice(addrIndex, 1)[0];
    rest = parts;
  }
  data.address = address;
  data.text = [data.text].concat(rest).filter((part) => part).join(" ");
}
function _stripAddressComments(address) {
  const comments = [];
  let result = "";
  let comment = "";
  let depth = 0;
  let closer = "";
  let lastChar = "";
  let pendingSpace = false;
  let firstChar = "";
  let quoteSeen = false;
  let routeEnd = -1;
  for (let i = 0, len = address.length; i < len; i++) {
    const chr = address.charAt(i);
    if (depth) {
      if (chr === "\\" && i < len - 1) {
        comment += address.charAt(++i);
      } else if (chr === "(") {
        depth++;
        comment += chr;
      } else if (chr === ")" && !--depth) {
        comments.push(comment.trim());
        comment = "";
        pendingSpace = lastChar !== "@";
      } else {
        comment += chr;
      }
      continue;
    }
    if (pendingSpace && chr !== "(") {
      pendingSpace = false;
      if (chr !== "@" && chr !== "<" && !_isSpaceCode(address.charCodeAt(i))) {
        result += " ";
        lastChar = " ";
      }
    }
    if (closer) {
      if (chr === "\\" && closer === '"' && i < len - 1) {
        result += chr + address.charAt(++i);
        lastChar = address.charAt(i);
        continue;
      }
      if (chr === closer) {
        closer = "";
      }
    } else if (chr === '"') {
      closer = '"';
      quoteSeen = true;
    } else if (chr === ":" && routeEnd < 0 && firstChar === "@" && !quoteSeen) {
      routeEnd = result.length + 1;
    } else if (chr === "[") {
      closer = "]";
    } else if (chr === "(") {
      depth = 1;
      continue;
    } else if (chr === "<") {
      result = "";
      lastChar = "";
      comments.length = 0;
      firstChar = "";
      quoteSeen = false;
      routeEnd = -1;
      continue;
    }
    result += chr;
    lastChar = chr;
    if (!firstChar && !_isSpaceCode(address.charCodeAt(i))) {
      firstChar = chr;
    }
  }
  if (routeEnd >= 0 && result.indexOf("@", routeEnd) >= 0) {
    result = result.slice(routeEnd);
  }
  if (depth) {
    comments.push(comment.trim());
  }
  return { address: result.trim(), comments: comments.filter((text) => text) };
}
function _collectAddressParts(tokens2, from, to) {
  let state = "text";
  const data = {
    address: [],
    comment: [],
    text: [],
    textWasQuoted: [],
    quotedLocalAt: []
  };
  let insideQuotes = false;
  let lastTextPureQuoted = false;
  let lastTextHasAt = false;
  let lastTextOpen = false;
  let gapFrom = 0;
  let gapsFolding = true;
  const lastChars = { address: "", comment: "", text: "" };
  for (let i = from; i < to; i++) {
    const value = tokens2.value(i);
    const prevOperator = i > from ? tokens2.operatorAt(i - 1) : "";
    const prevNoBreak = i > from && tokens2.noBreak(i - 1);
    if (tokens2.isOperator(i)) {
      switch (value) {
        case "<":
          state = "address";
          insideQuotes = false;
          lastTextOpen = false;
          break;
        case "(":
          state = "comment";
          insideQuotes = false;
          gapsFolding = gapsFolding && _isFoldingGap(tokens2.str, gapFrom, tokens2.contentStart(i));
          break;
        case '"':
          insideQuotes = !insideQuotes;
          state = "text";
          lastTextOpen = false;
          break;
        default:
          state = "text";
          insideQuotes = false;
          if (value !== ")") {
            lastTextOpen = false;
          } else {
            gapFrom = tokens2.contentEnd(i);
          }
          break;
      }
    } else {
      const opensAfterEmptyQuotedString = prevOperator === '"' && prevNoBreak && i > from + 1 && tokens2.operatorAt(i - 2) === '"';
      const parts = data[state];
      const secondAt = lastTextHasAt && prevOperator === ")" && value.indexOf("@") >= 0;
      const joinsDomain = !secondAt && lastTextOpen && lastTextHasAt && prevOperator === ")" && (lastChars.text === "." || value.charAt(0) === ".") && gapsFolding && _isFoldingGap(tokens2.str, gapFrom, tokens2.contentStart(i));
      const joins = joinsDomain || !secondAt && prevNoBreak && parts.length > 0 && (prevOperator !== ")" || lastChars[state] === "@" || value.charAt(0) === "@");
      if (joins) {
        const last = data[state].length - 1;
        if (state === "text" && !insideQuotes) {
          if (lastTextPureQuoted && value.charAt(0) === "@") {
            data.quotedLocalAt[last] = data.text[last].length;
          }
          lastTextPureQuoted = false;
        }
        data[state][last] += value;
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text" && insideQuotes) {
          data.textWasQuoted[last] = true;
        }
      } else {
        data[state].push(value);
        lastChars[state] = value.charAt(value.length - 1);
        if (state === "text") {
          data.textWasQuoted.push(insideQuotes || opensAfterEmptyQuotedString);
          data.quotedLocalAt.push(opensAfterEmptyQuotedString && value.charAt(0) === "@" ? 0 : -1);
          lastTextPureQuoted = insideQuotes;
        }
      }
      if (state === "text") {
        lastTextHasAt = joins && lastTextHasAt || !insideQuotes && value.indexOf("@") >= 0;
        lastTextOpen = true;
        gapFrom = tokens2.contentEnd(i);
        gapsFolding = true;
      }
    }
  }
  let textFromComment = false;
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
    textFromComment = true;
  }
  return { data, textFromComment };
}
function _groupName(tokens2, from, to) {
  return _collectAddressParts(tokens2, from, to).data.text.join(" ");
}
function _handleAddress(tokens2, from, to) {
  const collected = _collectAddressParts(tokens2, from, to);
  const data = collected.data;
  let textFromComment = collected.textFromComment;
  const addressComments = [];
  const addressParts = [];
  for (const part of data.address) {
    const stripped = _stripAddressComments(part);
    for (const comment of stripped.comments) {
      addressComments.push(comment);
    }
    if (stripped.address) {
      addressParts.push(stripped.address);
    }
  }
  data.address = addressParts;
  if (!data.address.length && data.text.length && !textFromComment) {
    const candidates = data.text.map((part) => _collapseAtSpacing(part));
    for (let i = 0; i < data.text.length; i++) {
      const local = data.quotedLocalAt[i];
      const quotedLocal = data.textWasQuoted[i] && local >= 0 && QUOTED_LOCAL_DOMAIN.test(data.text[i].slice(local)) ? _quoteLocalPart(data.text[i]) : "";
      if (quotedLocal || !data.textWasQuoted[i] && _isAddrSpec(candidates[i])) {
        data.address = [quotedLocal || candidates[i]];
        data.text.splice(i, 1);
        data.textWasQuoted.splice(i, 1);
        data.quotedLocalAt.splice(i, 1);
        break;
      }
    }
    if (!data.address.length) {
      let extracted = false;
      for (let i = 0; i < data.text.length; i++) {
        if (!data.textWasQuoted[i]) {
          const part = candidates[i];
          let remainder = data.text[i];
          const at = _looseAddressStart(part);
          if (at >= 0) {
            LOOSE_TEXT_ADDR.lastIndex = at;
            const match = LOOSE_TEXT_ADDR.exec(part);
            if (match) {
              data.address = [match[0].trim()];
              extracted = true;
              remainder = part.slice(0, at) + " " + part.slice(at + match[0].length);
            }
          }
          data.text[i] = remainder.trim();
          if (extracted) {
            break;
          }
        }
      }
    }
  }
  if (!data.text.length && data.comment.length) {
    data.text = data.comment;
    data.comment = [];
  }
  if (data.address.length > 1) {
    data.text = data.text.concat(data.address.splice(1));
  }
  const addressFromQuotedText = !data.address.length && data.textWasQuoted.some((wasQuoted) => wasQuoted);
  data.text = data.text.join(" ");
  data.address = data.address.join(" ");
  if (addressFromQuotedText && data.text.indexOf("@") >= 0) {
    data.address = _quoteLocalPart(_joinAtSpacing(data.text, _domainAt(data.text)));
    data.text = "";
  }
  _recoverAddrSpec(data);
  if (!data.text && addressComments.length) {
    data.text = addressComments.join(" ");
    textFromComment = true;
  }
  const address = {
    address: data.address || (textFromComment ? "" : data.text) || "",
    name: data.text || data.address || ""
  };
  if (address.address === address.name) {
    if (/@/.test(address.address || "")) {
      address.name = "";
    } else {
      address.address = "";
    }
  }
  return address;
}
function _mergeNameFragments(list) {
  const merged = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const current = list[i];
    const next = merged.length ? merged[merged.length - 1] : null;
    if (next && current.address === "" && current.name && !current.group && next.address && next.name) {
      next.name = current.name + ", " + next.name;
    } else {
      merged.push(current);
    }
  }
  return merged.reverse();
}
function _parseAddressList(str) {
  const tokens2 = new Tokenizer(str).tokenize();
  const parsedAddresses = [];
  let group = null;
  let members = [];
  let from = 0;
  for (let i = 0, len = tokens2.length; i <= len; i++) {
    const operator = i < len ? tokens2.operatorAt(i) : "";
    if (i < len && operator !== "," && operator !== ";" && operator !== ":") {
      continue;
    }
    if (operator === ":") {
      if (!group) {
        group = { name: _groupName(tokens2, from, i), group: [] };
        members = [];
      }
      from = i + 1;
      continue;
    }
    if (i > from) {
      const address = _handleAddress(tokens2, from, i);
      if (group) {
        members.push(address);
      } else {
        parsedAddresses.push(address);
      }
    }
    from = i + 1;
    if (group && (operator === ";" || i === len)) {
      group.group = _mergeNameFragments(members);
      parsedAddresses.push(group);
      group = null;
    }
  }
  return _mergeNameFragments(parsedAddresses);
}
function addressparser(str, options) {
  const parsedAddresses = _parseAddressList(str);
  if (options?.flatten) {
    const flatAddresses = [];
    const walkAddressList = (list) => {
      list.forEach((entry) => {
        if (entry.group) {
          return walkAddressList(entry.group);
        }
        flatAddresses.push(entry);
      });
    };
    walkAddressList(parsedAddresses);
    return flatAddresses;
  }
  return parsedAddresses;
}
var TOKEN_OPERATOR, TOKEN_NO_BREAK, TOKEN_DIRTY, TOKEN_ESCAPES, TOKEN_STARTS_ESCAPED, TokenList, DOMAIN_LITERAL_TAIL, HAS_WHITESPACE, QUOTED_LOCAL_ADDR, ADDR_SPEC, LITERAL_ADDR_SPEC, QUOTED_LOCAL_DOMAIN, LOOSE_ADDR_SPEC, LOOSE_TEXT_ADDR, LEADING_QUOTED_STRING, ASCII_ATEXT, Tokenizer, addressparser_default;
var init_addressparser = __esm({
  "../main/node_modules/nodemailer/dist/esm/addressparser/index.js"() {
    TOKEN_OPERATOR = 1;
    TOKEN_NO_BREAK = 2;
    TOKEN_DIRTY = 4;
    TOKEN_ESCAPES = 8;
    TOKEN_STARTS_ESCAPED = 16;
    TokenList = class {
      constructor(str) {
        this.str = str;
        this.slots = new Int32Array(48);
        this.length = 0;
        this.cleaned = /* @__PURE__ */ new Map();
      }
      /**
       * Appends a token
       *
       * @param kind Kind and flags of the token
       * @param start Offset of its first character
       * @param end Offset just past its last character
       * @return Index of the token
       */
      push(kind, start, end) {
        if ((this.length + 1) * 3 > this.slots.length) {
          const grown = new Int32Array(this.slots.length * 2);
          grown.set(this.slots);
          this.slots = grown;
        }
        const at = this.length * 3;
        this.slots[at] = kind;
        this.slots[at + 1] = start;
        this.slots[at + 2] = end;
        return this.length++;
      }
      /**
       * Offset of the first character of a token that is part of its value. A text run that is
       * no plain slice of the field still spans the whitespace and control characters its value
       * is trimmed of.
       */
      contentStart(index) {
        let start = this.slots[index * 3 + 1];
        const end = this.slots[index * 3 + 2];
        while (start < end && _isDroppedCode(this.str.charCodeAt(start))) {
          start++;
        }
        return start;
      }
      /**
       * Offset just past the last character of a token that is part of its value
       */
      contentEnd(index) {
        const start = this.slots[index * 3 + 1];
        let end = this.slots[index * 3 + 2];
        while (end > start && _isDroppedCode(this.str.charCodeAt(end - 1))) {
          end--;
        }
        return end;
      }
      /**
       * The character of an operator token, an empty string for a text run
       */
      operatorAt(index) {
        const at = index * 3;
        return this.slots[at] & TOKEN_OPERATOR ? this.str.charAt(this.slots[at + 1]) : "";
      }
      /**
       * Whether a token is an operator
       */
      isOperator(index) {
        return (this.slots[index * 3] & TOKEN_OPERATOR) !== 0;
      }
      /**
       * Whether the next character continues the run of a token without whitespace in between
       */
      noBreak(index) {
        return (this.slots[index * 3] & TOKEN_NO_BREAK) !== 0;
      }
      /**
       * Value of a token
       */
      value(index) {
        const cleaned = this.cleaned.get(index);
        if (cleaned !== void 0) {
          return cleaned;
        }
        return this.str.slice(this.slots[index * 3 + 1], this.slots[index * 3 + 2]);
      }
    };
    DOMAIN_LITERAL_TAIL = /@(\[[^[\]\\]*\])$/;
    HAS_WHITESPACE = /\s/;
    QUOTED_LOCAL_ADDR = /^("(?:[^"\\]|\\[\s\S])*"@\S+)(?:\s+([\s\S]+))?$/;
    ADDR_SPEC = /^[^@\s]+@[^@\s]+$/;
    LITERAL_ADDR_SPEC = /^[^@\s]+@\[[^[\]\\\s]*\]$/;
    QUOTED_LOCAL_DOMAIN = /^@(?:[^@\s"]+|\[[^[\]\\\s]*\])$/;
    LOOSE_ADDR_SPEC = /^[^@\s]+@\S+$/;
    LOOSE_TEXT_ADDR = /\s*\b[^@\s]+@[^\s]+\b\s*/y;
    LEADING_QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"/;
    ASCII_ATEXT = new Uint8Array(128);
    for (let code = 33; code < 127; code++) {
      ASCII_ATEXT[code] = '()<>[]:;@\\,."'.indexOf(String.fromCharCode(code)) < 0 ? 1 : 0;
    }
    Tokenizer = class {
      constructor(str) {
        this.str = (str || "").toString();
        this.operatorCurrent = "";
        this.operatorExpecting = "";
        this.node = -1;
        this.escaped = false;
        this.inDomainLiteral = false;
        this.afterAt = false;
        this.inGroup = false;
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
        this.list = new TokenList(this.str);
        this.operators = {
          '"': '"',
          "(": ")",
          "<": ">",
          ",": "",
          // A group is read in the same pass as the rest of the list, so its ':' only marks
          // where the name ends and its members are tokenized like any other address
          ":": "",
          // Semicolons are not a legal delimiter per the RFC2822 grammar other
          // than for terminating a group, but they are also not valid for any
          // other use in this context.  Given that some mail clients have
          // historically allowed the semicolon as a delimiter equivalent to the
          // comma in their UI, it makes sense to treat them the same as a comma
          // when used outside of a group.
          ";": ""
        };
      }
      /**
       * Tokenizes the original input string
       *
       * @return An array of operator|text tokens
       */
      tokenize() {
        const str = this.str;
        const len = str.length;
        for (let i = 0; i < len; i++) {
          this.checkChar(str.charAt(i), i);
        }
        this._closeText(len);
        const list = this.list;
        const slots = list.slots;
        let kept = 0;
        for (let i = 0, count = list.length; i < count; i++) {
          const kind = slots[i * 3];
          let start = slots[i * 3 + 1];
          let end = slots[i * 3 + 2];
          if (kind & TOKEN_DIRTY) {
            const value = this._cleanValue(start, end, kind).trim();
            if (!value) {
              continue;
            }
            list.cleaned.set(kept, value);
          } else if (!(kind & TOKEN_OPERATOR)) {
            while (start < end && _isSpaceCode(str.charCodeAt(start))) {
              start++;
            }
            while (end > start && _isSpaceCode(str.charCodeAt(end - 1))) {
              end--;
            }
            if (start === end) {
              continue;
            }
          }
          slots[kept * 3] = kind;
          slots[kept * 3 + 1] = start;
          slots[kept * 3 + 2] = end;
          kept++;
        }
        list.length = kept;
        return list;
      }
      /**
       * Ends the text run being collected, if there is one
       *
       * @param end Offset just past its last character
       */
      _closeText(end) {
        if (this.node >= 0) {
          this.list.slots[this.node * 3 + 2] = end;
          this.node = -1;
        }
      }
      /**
       * Rebuilds the value of a text run that is no plain slice of the field, applying the
       * rules checkChar collects characters by: an escaping backslash is dropped, a line break
       * reads as a space and any other control character is left out
       *
       * @param start Offset of the first character of the run
       * @param end Offset just past its last character
       * @param kind Kind and flags of the run
       * @return Value of the run
       */
      _cleanValue(start, end, kind) {
        const str = this.str;
        const escapes = (kind & TOKEN_ESCAPES) !== 0;
        let escaped = (kind & TOKEN_STARTS_ESCAPED) !== 0;
        let value = "";
        for (let i = start; i < end; i++) {
          const chr = str.charAt(i);
          if (escapes && !escaped && chr === "\\") {
            escaped = true;
            continue;
          }
          escaped = false;
          if (chr === "\n") {
            value += " ";
          } else if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
            value += chr;
          }
        }
        return value;
      }
      /**
       * Checks if a character is an operator or text and acts accordingly
       *
       * @param chr Character from the address field
       * @param i Offset of the character in the field
       */
      checkChar(chr, i) {
        if (!this.escaped && !this.operatorExpecting) {
          if (!this.inDomainLiteral && chr === "[" && this.afterAt) {
            this.inDomainLiteral = true;
          } else if (this.inDomainLiteral && (chr === "]" || chr === "," || chr === ";")) {
            this.inDomainLiteral = false;
          }
        }
        let nested = false;
        if (this.operatorExpecting === ">") {
          nested = this._trackInner(chr);
          if (!nested && chr === ";" && this.inGroup) {
            this._closeText(i);
            this.operatorExpecting = "";
            this._resetInner();
          }
        } else if (this.operatorExpecting === ")" && !this.escaped) {
          if (chr === "(") {
            this.innerComment++;
          } else if (chr === ")" && this.innerComment) {
            this.innerComment--;
            nested = true;
          }
        }
        if (this.escaped) {
        } else if (chr === this.operatorExpecting && !nested) {
          const nextChr = this.str.charAt(i + 1);
          this._closeText(i);
          this.list.push(nextChr && ![" ", "	", "\r", "\n", ",", ";"].includes(nextChr) ? TOKEN_OPERATOR | TOKEN_NO_BREAK : TOKEN_OPERATOR, i, i + 1);
          if (chr !== ")") {
            this.afterAt = false;
          }
          this.operatorExpecting = "";
          this.escaped = false;
          this._resetInner();
          return;
        } else if (!this.operatorExpecting && !(this.inDomainLiteral && chr === ":") && chr in this.operators) {
          this._closeText(i);
          this.list.push(TOKEN_OPERATOR, i, i + 1);
          if (chr === ":") {
            this.inGroup = true;
          } else if (chr === ";") {
            this.inGroup = false;
          }
          if (chr !== "(") {
            this.afterAt = false;
          }
          this.operatorExpecting = this.operators[chr];
          this.escaped = false;
          this._resetInner();
          return;
        } else if (['"', "'", ")"].includes(this.operatorExpecting) && chr === "\\") {
          this.escaped = true;
          if (this.node >= 0) {
            this.list.slots[this.node * 3] |= TOKEN_DIRTY;
          }
          return;
        }
        if (this.node < 0) {
          this.node = this.list.push((this.operatorExpecting === '"' || this.operatorExpecting === ")" ? TOKEN_ESCAPES : 0) | (this.escaped ? TOKEN_STARTS_ESCAPED : 0), i, i);
        }
        if (chr === "\n") {
          chr = " ";
          this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        if (chr.charCodeAt(0) >= 33 || chr === " " || chr === "	") {
          if (!this.operatorExpecting && chr !== " " && chr !== "	") {
            this.afterAt = chr === "@";
          }
        } else {
          this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        this.escaped = false;
      }
      /**
       * Tracks the quoted strings, comments and domain literals inside an angle-addr, which its
       * closer must not be read from. A backslash escapes the next character inside a quoted
       * string and a comment. A domain literal opens right after an "@" and ends at the "]".
       * dtext holds the list separators as well, and inside the brackets they never split the
       * list anyway.
       *
       * @param chr Character from the address field
       * @return true while the character sits inside one of them, the one that closes it included
       */
      _trackInner(chr) {
        if (this.innerEscaped) {
          this.innerEscaped = false;
          return true;
        }
        if (this.innerQuoted) {
          if (chr === "\\") {
            this.innerEscaped = true;
          } else if (chr === '"') {
            this.innerQuoted = false;
          }
          return true;
        }
        if (this.innerComment) {
          if (chr === "\\") {
            this.innerEscaped = true;
          } else if (chr === "(") {
            this.innerComment++;
          } else if (chr === ")") {
            this.innerComment--;
          }
          return true;
        }
        if (this.innerLiteral) {
          if (chr === "]") {
            this.innerLiteral = false;
          }
          return true;
        }
        if (chr === '"') {
          this.innerQuoted = true;
          return true;
        }
        if (chr === "(") {
          this.innerComment = 1;
          return true;
        }
        if (chr === "[" && this.afterAt) {
          this.innerLiteral = true;
          return true;
        }
        if (!_isSpaceCode(chr.charCodeAt(0))) {
          this.afterAt = chr === "@";
        }
        return false;
      }
      /**
       * Forgets the nesting collected for the operator that just opened or ended
       */
      _resetInner() {
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
      }
    };
    addressparser_default = addressparser;
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-node/last-newline.js
var import_node_stream5, LastNewline;
var init_last_newline = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-node/last-newline.js"() {
    import_node_stream5 = require("node:stream");
    LastNewline = class extends import_node_stream5.Transform {
      constructor() {
        super();
        this.lastByte = false;
      }
      /** @internal */
      _transform(chunk, encoding, done) {
        if (chunk.length) {
          this.lastByte = chunk[chunk.length - 1];
        }
        this.push(chunk);
        done();
      }
      /** @internal */
      _flush(done) {
        if (this.lastByte === 10) {
          return done();
        }
        if (this.lastByte === 13) {
          this.push(Buffer.from("\n"));
          return done();
        }
        this.push(Buffer.from("\r\n"));
        return done();
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-node/le-windows.js
var import_node_stream6, LeWindows;
var init_le_windows = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-node/le-windows.js"() {
    import_node_stream6 = require("node:stream");
    LeWindows = class extends import_node_stream6.Transform {
      constructor(options) {
        super(options);
        this.lastByte = false;
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
          if (chunk[i] === 10) {
            if (i && chunk[i - 1] !== 13 || !i && this.lastByte !== 13) {
              if (i > lastPos) {
                buf = chunk.slice(lastPos, i);
                this.push(buf);
              }
              this.push(Buffer.from("\r\n"));
              lastPos = i + 1;
            }
          }
        }
        if (lastPos && lastPos < chunk.length) {
          buf = chunk.slice(lastPos);
          this.push(buf);
        } else if (!lastPos) {
          this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-node/le-unix.js
var import_node_stream7, LeUnix;
var init_le_unix = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-node/le-unix.js"() {
    import_node_stream7 = require("node:stream");
    LeUnix = class extends import_node_stream7.Transform {
      constructor(options) {
        super(options);
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
          if (chunk[i] === 13) {
            buf = chunk.slice(lastPos, i);
            lastPos = i + 1;
            this.push(buf);
          }
        }
        if (lastPos && lastPos < chunk.length) {
          buf = chunk.slice(lastPos);
          this.push(buf);
        } else if (!lastPos) {
          this.push(chunk);
        }
        done();
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/mime-node/index.js
function stripWhitespaceInAngleBrackets(value) {
  let result = "";
  let pos = 0;
  for (; ; ) {
    const open = value.indexOf("<", pos);
    if (open < 0) {
      break;
    }
    const close = value.indexOf(">", open + 1);
    if (close < 0) {
      break;
    }
    result += value.slice(pos, open) + value.slice(open, close + 1).replace(/\s/g, "");
    pos = close + 1;
  }
  return result + value.slice(pos);
}
function abortedError() {
  const err = new Error("Message stream was closed before the message was generated");
  err.code = ESTREAM;
  return err;
}
function _stripBoundaryControls(value) {
  return value.replace(/[\x00-\x1f\x7f]+/g, "");
}
var import_node_crypto2, import_node_fs2, import_node_stream8, FORMATTED_HEADERS, ATEXT, DOT_ATOM, QUOTED_STRING, PLAIN_ADDRESS, DOMAIN_LITERAL_TAIL2, PIPELINE_NOOP, MimeNode, mime_node_default;
var init_mime_node = __esm({
  "../main/node_modules/nodemailer/dist/esm/mime-node/index.js"() {
    import_node_crypto2 = __toESM(require("node:crypto"), 1);
    import_node_fs2 = __toESM(require("node:fs"), 1);
    import_node_stream8 = require("node:stream");
    init_shared();
    init_mime_funcs();
    init_qp();
    init_base64();
    init_addressparser();
    init_fetch();
    init_errors();
    init_last_newline();
    init_le_windows();
    init_le_unix();
    FORMATTED_HEADERS = ["From", "Sender", "To", "Cc", "Bcc", "Reply-To", "Date", "References"];
    ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~\\x80-\\uFFFF]";
    DOT_ATOM = new RegExp("^" + ATEXT + "+(?:\\." + ATEXT + "+)*$");
    QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"$/;
    PLAIN_ADDRESS = /^[^\s"(),:;<>@[\\\]]+@[^\s"(),:;<>@[\\\]]+$/;
    DOMAIN_LITERAL_TAIL2 = /@(\[[^[\]\\]*\])$/;
    PIPELINE_NOOP = () => false;
    MimeNode = class _MimeNode {
      constructor(contentType, options) {
        this.nodeCounter = 0;
        options = options || {};
        this.baseBoundary = _stripBoundaryControls(options.baseBoundary || import_node_crypto2.default.randomBytes(8).toString("hex"));
        this.boundaryPrefix = _stripBoundaryControls(options.boundaryPrefix || "--_NmP");
        this.disableFileAccess = !!options.disableFileAccess;
        this.disableUrlAccess = !!options.disableUrlAccess;
        this.normalizeHeaderKey = options.normalizeHeaderKey;
        this.date = options.parentNode ? null : /* @__PURE__ */ new Date();
        this.rootNode = options.rootNode || this;
        this.keepBcc = !!options.keepBcc;
        if (options.filename) {
          this.filename = options.filename;
          if (!contentType) {
            contentType = detectMimeType2(this.filename.split(".").pop());
          }
        }
        this.textEncoding = (options.textEncoding || "").toString().trim().charAt(0).toUpperCase();
        this.parentNode = options.parentNode;
        this.hostname = options.hostname;
        this.newline = options.newline;
        this.childNodes = [];
        this._nodeId = ++this.rootNode.nodeCounter;
        this._headers = [];
        this._isPlainText = false;
        this._hasLongLines = false;
        this._envelope = false;
        this._raw = false;
        this._transforms = [];
        this._processFuncs = [];
        if (contentType) {
          this.setHeader("Content-Type", contentType);
        }
      }
      /////// PUBLIC METHODS
      /**
       * Creates and appends a child node.Arguments provided are passed to MimeNode constructor
       *
       * @param [contentType] Optional content type
       * @param [options] Optional options object
       * @return Created node object
       */
      createChild(contentType, options) {
        if (!options && typeof contentType === "object") {
          options = contentType;
          contentType = void 0;
        }
        const node = new _MimeNode(contentType, options);
        this.appendChild(node);
        return node;
      }
      /**
       * Appends an existing node to the mime tree. Removes the node from an existing
       * tree if needed
       *
       * @param childNode node to be appended
       * @return Appended node object
       */
      appendChild(childNode) {
        if (childNode.parentNode && childNode.parentNode !== this) {
          childNode.remove();
        }
        if (childNode.rootNode !== this.rootNode) {
          childNode.rootNode = this.rootNode;
          childNode._nodeId = ++this.rootNode.nodeCounter;
        }
        childNode.parentNode = this;
        this.childNodes.push(childNode);
        return childNode;
      }
      /**
       * Replaces current node with another node
       *
       * @param node Replacement node
       * @return Replacement node
       */
      replace(node) {
        if (node === this) {
          return this;
        }
        this.parentNode.childNodes.forEach((childNode, i) => {
          if (childNode === this) {
            node.rootNode = this.rootNode;
            node.parentNode = this.parentNode;
            node._nodeId = this._nodeId;
            this.rootNode = this;
            this.parentNode = void 0;
            node.parentNode.childNodes[i] = node;
          }
        });
        return node;
      }
      /**
       * Removes current node from the mime tree
       *
       * @return removed node
       */
      remove() {
        if (!this.parentNode) {
          return this;
        }
        for (let i = this.parentNode.childNodes.length - 1; i >= 0; i--) {
          if (this.parentNode.childNodes[i] === this) {
            this.parentNode.childNodes.splice(i, 1);
            this.parentNode = void 0;
            this.rootNode = this;
            return this;
          }
        }
      }
      /**
       * Sets a header value. If the value for selected key exists, it is overwritten.
       * You can set multiple values as well by using [{key:'', value:''}] or
       * {key: 'value'} as the first argument.
       *
       * @param key Header key or a list of key value pairs
       * @param value Header value
       * @return current node
       */
      setHeader(key, value) {
        let added = false;
        if (!value && key && typeof key === "object") {
          if (key.key && "value" in key) {
            this.setHeader(key.key, key.value);
          } else if (Array.isArray(key)) {
            key.forEach((i) => {
              this.setHeader(i.key, i.value);
            });
          } else {
            Object.keys(key).forEach((i) => {
              this.setHeader(i, key[i]);
            });
          }
          return this;
        }
        key = this._normalizeHeaderKey(key);
        const headerValue = {
          key,
          value
        };
        for (let i = 0, len = this._headers.length; i < len; i++) {
          if (this._headers[i].key === key) {
            if (!added) {
              this._headers[i] = headerValue;
              added = true;
            } else {
              this._headers.splice(i, 1);
              i--;
              len--;
            }
          }
        }
        if (!added) {
          this._headers.push(headerValue);
        }
        return this;
      }
      /**
       * Adds a header value. If the value for selected key exists, the value is appended
       * as a new field and old one is not touched.
       * You can set multiple values as well by using [{key:'', value:''}] or
       * {key: 'value'} as the first argument.
       *
       * @param key Header key or a list of key value pairs
       * @param value Header value
       * @return current node
       */
      addHeader(key, value) {
        if (!value && key && typeof key === "object") {
          if (key.key && key.value) {
            this.addHeader(key.key, key.value);
          } else if (Array.isArray(key)) {
            key.forEach((i) => {
              this.addHeader(i.key, i.value);
            });
          } else {
            Object.keys(key).forEach((i) => {
              this.addHeader(i, key[i]);
            });
          }
          return this;
        } else if (Array.isArray(value)) {
          value.forEach((val) => {
            this.addHeader(key, val);
          });
          return this;
        }
        this._headers.push({
          key: this._normalizeHeaderKey(key),
          value
        });
        return this;
      }
      /**
       * Retrieves the first mathcing value of a selected key
       *
       * @param key Key to search for
       * @retun Value for the key
       */
      getHeader(key) {
        key = this._normalizeHeaderKey(key);
        for (let i = 0, len = this._headers.length; i < len; i++) {
          if (this._headers[i].key === key) {
            return this._headers[i].value;
          }
        }
      }
      /**
       * Sets body content for current node. If the value is a string, charset is added automatically
       * to Content-Type (if it is text/*). If the value is a Buffer, you need to specify
       * the charset yourself
       *
       * @param content Body content
       * @return current node
       */
      setContent(content) {
        this.content = content;
        if (typeof this.content.pipe === "function") {
          recordStreamErrors(this.content);
        } else if (typeof this.content === "string") {
          this._isPlainText = isPlainText(this.content);
          if (this._isPlainText && hasLongerLines(this.content, 76)) {
            this._hasLongLines = true;
          }
        }
        return this;
      }
      build(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const stream = this.createReadStream();
        const buf = [];
        let buflen = 0;
        let returned = false;
        stream.on("readable", () => {
          let chunk;
          while ((chunk = stream.read()) !== null) {
            buf.push(chunk);
            buflen += chunk.length;
          }
        });
        stream.once("error", (err) => {
          if (returned) {
            return;
          }
          returned = true;
          return done(err);
        });
        stream.once("end", (chunk) => {
          if (returned) {
            return;
          }
          returned = true;
          if (chunk && chunk.length) {
            buf.push(chunk);
            buflen += chunk.length;
          }
          return done(null, Buffer.concat(buf, buflen));
        });
        return promise;
      }
      getTransferEncoding() {
        let transferEncoding = false;
        const contentType = (this.getHeader("Content-Type") || "").toString().toLowerCase().trim();
        if (this.content) {
          transferEncoding = (this.getHeader("Content-Transfer-Encoding") || "").toString().toLowerCase().trim();
          if (!transferEncoding || !["base64", "quoted-printable"].includes(transferEncoding)) {
            if (/^text\//i.test(contentType)) {
              if (this._isPlainText && !this._hasLongLines) {
                transferEncoding = "7bit";
              } else if (typeof this.content === "string" || this.content instanceof Buffer) {
                transferEncoding = this._getTextEncoding(this.content) === "Q" ? "quoted-printable" : "base64";
              } else {
                transferEncoding = this.textEncoding === "B" ? "base64" : "quoted-printable";
              }
            } else if (!/^(multipart|message)\//i.test(contentType)) {
              transferEncoding = transferEncoding || "base64";
            }
          }
        }
        return transferEncoding;
      }
      /**
       * Builds the header block for the mime node. Append \r\n\r\n before writing the content
       *
       * @returns Headers
       */
      buildHeaders() {
        const transferEncoding = this.getTransferEncoding();
        const headers = [];
        if (transferEncoding) {
          this.setHeader("Content-Transfer-Encoding", transferEncoding);
        }
        if (this.filename && !this.getHeader("Content-Disposition")) {
          this.setHeader("Content-Disposition", "attachment");
        }
        if (this.rootNode === this) {
          if (!this.getHeader("Date")) {
            this.setHeader("Date", this.date.toUTCString().replace(/GMT/, "+0000"));
          }
          this.messageId();
          if (!this.getHeader("MIME-Version")) {
            this.setHeader("MIME-Version", "1.0");
          }
          for (let i = this._headers.length - 2; i >= 0; i--) {
            const header = this._headers[i];
            if (header.key === "Content-Type") {
              this._headers.splice(i, 1);
              this._headers.push(header);
            }
          }
        }
        this._headers.forEach((header) => {
          let key = header.key;
          let value = header.value;
          let structured;
          let param;
          const options = {};
          const formattedHeaders = FORMATTED_HEADERS;
          if (value && typeof value === "object" && !formattedHeaders.includes(key)) {
            copyOwnKeys(options, value, (optionKey) => optionKey === "value");
            value = (value.value || "").toString();
            if (!value.trim()) {
              return;
            }
          }
          if (options.prepared) {
            if (options.foldLines) {
              headers.push(foldLines(key + ": " + value));
            } else {
              headers.push(key + ": " + value);
            }
            return;
          }
          switch (header.key) {
            // The comments of a MIME header are not part of its value and are dropped, so a
            // caller supplied 'boundary=b (comment)' is the boundary b it names, and the
            // header goes out without the comment
            case "Content-Disposition":
              structured = parseHeaderValue(value, { stripComments: true });
              if (this.filename) {
                structured.params.filename = this.filename;
              }
              value = buildHeaderValue(structured);
              break;
            case "Content-Type":
              structured = parseHeaderValue(value, { stripComments: true });
              structured.value = (structured.value || "").toString().replace(/[\x00-\x1f\x7f]/g, "");
              this._handleContentType(structured);
              if (structured.value.match(/^text\/plain\b/) && typeof this.content === "string" && /[\u0080-\uFFFF]/.test(this.content)) {
                structured.params.charset = "utf-8";
              }
              if (this.filename) {
                for (const paramKey of Object.keys(structured.params)) {
                  if (/^name(\*|$)/i.test(paramKey)) {
                    delete structured.params[paramKey];
                  }
                }
              }
              value = buildHeaderValue(structured);
              if (this.filename) {
                param = /[\x00-\x1f\x7f]/.test(this.filename) ? encodeWord(this.filename, this._getTextEncoding(this.filename), 52) : this._encodeWords(this.filename);
                if (param !== this.filename || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(param)) {
                  param = JSON.stringify(param);
                }
                value += "; name=" + param;
              }
              break;
            case "Bcc":
              if (!this.keepBcc) {
                return;
              }
              break;
          }
          value = this.encodeHeaderValue(key, value);
          if (!(value || "").toString().trim()) {
            return;
          }
          if (typeof this.normalizeHeaderKey === "function") {
            const normalized2 = this.normalizeHeaderKey(key, value);
            const cleaned = typeof normalized2 === "string" ? normalized2.replace(/[\x00-\x1f\x7f]/g, "") : "";
            if (cleaned) {
              key = cleaned;
            }
          }
          headers.push(foldLines(key + ": " + value, 76));
        });
        return headers.join("\r\n");
      }
      /**
       * Streams the rfc2822 message from the current node. If this is a root node,
       * mandatory header fields are set if missing (Date, Message-Id, MIME-Version)
       *
       * @return Compiled message
       */
      createReadStream(options) {
        options = options || {};
        const stream = new import_node_stream8.PassThrough(options);
        this.stream(stream, options, (err) => {
          if (err) {
            stream.destroy(err);
            return;
          }
          stream.end();
        });
        stream.once("close", () => {
          if (!stream.writableFinished) {
            this._destroyContentStreams();
          }
        });
        const stages = [stream];
        for (const transform of this._transforms) {
          stages.push(typeof transform === "function" ? transform() : transform);
        }
        stages.push(new LastNewline());
        let outputStream = (0, import_node_stream8.pipeline)(stages, PIPELINE_NOOP);
        for (const processFunc of this._processFuncs) {
          const input = outputStream;
          outputStream = processFunc(input);
          if (outputStream !== input) {
            (0, import_node_stream8.finished)(outputStream, (err) => {
              if (err) {
                input.destroy();
              }
            });
          }
        }
        if (this.newline) {
          const winbreak = ["win", "windows", "dos", "\r\n"].includes(this.newline.toString().toLowerCase());
          outputStream = (0, import_node_stream8.pipeline)(outputStream, winbreak ? new LeWindows() : new LeUnix(), PIPELINE_NOOP);
        }
        return outputStream;
      }
      /**
       * Appends a transform stream object to the transforms list. Final output
       * is passed through this stream before exposing
       *
       * @param transform Read-Write stream
       */
      transform(transform) {
        this._transforms.push(transform);
      }
      /**
       * Appends a post process function. The functon is run after transforms and
       * uses the following syntax
       *
       *   processFunc(input) -> outputStream
       *
       * @param processFunc Read-Write stream
       */
      processFunc(processFunc) {
        this._processFuncs.push(processFunc);
      }
      stream(outputStream, options, done) {
        const transferEncoding = this.getTransferEncoding();
        let activeStreams = [];
        let returned = false;
        const callback = (err) => {
          if (returned) {
            return;
          }
          returned = true;
          outputStream.removeListener("close", onOutputClose);
          done(err);
        };
        function onOutputClose() {
          for (const stream of activeStreams) {
            stream.destroy();
          }
          return callback(abortedError());
        }
        const readInto = (...streams) => {
          if (!activeStreams.length) {
            outputStream.once("close", onOutputClose);
          }
          activeStreams = streams;
        };
        const aborted = () => {
          if (outputStream.destroyed) {
            callback(abortedError());
            return true;
          }
          return false;
        };
        const finalize = () => {
          let childId = 0;
          const processChildNode = () => {
            if (aborted()) {
              return;
            }
            if (childId >= this.childNodes.length) {
              outputStream.write("\r\n--" + this.boundary + "--\r\n");
              return callback();
            }
            const child = this.childNodes[childId++];
            outputStream.write((childId > 1 ? "\r\n" : "") + "--" + this.boundary + "\r\n");
            child.stream(outputStream, options, (err) => {
              if (err) {
                return callback(err);
              }
              setImmediate(processChildNode);
            });
          };
          if (this.multipart) {
            setImmediate(processChildNode);
          } else {
            return callback();
          }
        };
        const sendContent = () => {
          if (aborted()) {
            return;
          }
          if (!this.content) {
            return setImmediate(finalize);
          }
          const createStream = () => {
            if (aborted()) {
              return;
            }
            const contentError = this._takeStreamContent(this.content);
            if (contentError) {
              return callback(contentError);
            }
            const localStream = this._getStream(this.content);
            if (["quoted-printable", "base64"].includes(transferEncoding)) {
              const contentStream = transferEncoding === "base64" ? new Encoder(options) : (
                // outside of text a lone CR or LF is data, encoding it keeps it from being
                // turned into a line break by a newline transform or the receiving side
                new Encoder2(Object.assign({}, options, { binary: !/^text\//i.test(this.contentType || "") }))
              );
              readInto(localStream, contentStream);
              contentStream.pipe(outputStream, {
                end: false
              });
              (0, import_node_stream8.pipeline)(localStream, contentStream, (err) => err && callback(err));
              (0, import_node_stream8.finished)(contentStream, { writable: false }, (err) => err ? callback(err) : finalize());
            } else {
              readInto(localStream);
              localStream.pipe(outputStream, {
                end: false
              });
              (0, import_node_stream8.finished)(localStream, { writable: false }, (err) => err ? callback(err) : finalize());
            }
          };
          if (this.content._resolve) {
            const sourceStream = this._getStream(this.content);
            readInto(sourceStream);
            resolveStream(sourceStream, (err, value) => {
              if (err) {
                return callback(err);
              }
              if (returned) {
                return;
              }
              this.content._resolve = false;
              this.content._resolvedValue = value;
              setImmediate(createStream);
            });
          } else {
            setImmediate(createStream);
          }
        };
        if (this._raw) {
          setImmediate(() => {
            if (aborted()) {
              return;
            }
            const rawError = this._takeStreamContent(this._raw);
            if (rawError) {
              return callback(rawError);
            }
            const raw = this._getStream(this._raw);
            readInto(raw);
            raw.pipe(outputStream, {
              end: false
            });
            (0, import_node_stream8.finished)(raw, { writable: false }, (err) => err ? callback(err) : finalize());
          });
        } else {
          outputStream.write(this.buildHeaders() + "\r\n\r\n");
          setImmediate(sendContent);
        }
      }
      /**
       * Sets envelope to be used instead of the generated one
       *
       * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
       */
      setEnvelope(envelope) {
        let list;
        this._envelope = {
          from: false,
          to: []
        };
        if (envelope.from) {
          list = [];
          this._convertAddresses(this._parseEnvelopeAddresses(envelope.from), list);
          list = list.filter((address) => address && address.address);
          if (list.length && list[0]) {
            this._envelope.from = list[0].address;
          }
        }
        const seenRecipients = /* @__PURE__ */ new Set();
        const recipients = [];
        ["to", "cc", "bcc"].forEach((key) => {
          if (envelope[key]) {
            this._convertAddresses(this._parseEnvelopeAddresses(envelope[key]), recipients, seenRecipients);
          }
        });
        this._envelope.to = recipients.map((to) => to.address).filter((address) => address);
        const standardFields = ["to", "cc", "bcc", "from"];
        copyOwnKeys(this._envelope, envelope, (key) => standardFields.includes(key));
        return this;
      }
      /**
       * Generates and returns an object with parsed address fields
       *
       * @return Address object
       */
      getAddresses() {
        const addresses = {};
        const seenByKey = /* @__PURE__ */ new Map();
        this._headers.forEach((header) => {
          const key = header.key.toLowerCase();
          if (["from", "sender", "reply-to", "to", "cc", "bcc"].includes(key)) {
            if (!Array.isArray(addresses[key])) {
              addresses[key] = [];
              seenByKey.set(key, /* @__PURE__ */ new Set());
            }
            this._convertAddresses(this._parseAddresses(header.value), addresses[key], seenByKey.get(key));
          }
        });
        return addresses;
      }
      /**
       * Generates and returns SMTP envelope with the sender address and a list of recipients addresses
       *
       * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
       */
      getEnvelope() {
        if (this._envelope) {
          return this._envelope;
        }
        const envelope = {
          from: false,
          to: []
        };
        const seenRecipients = /* @__PURE__ */ new Set();
        const recipients = [];
        this._headers.forEach((header) => {
          const list = [];
          if (header.key === "From" || !envelope.from && ["Reply-To", "Sender"].includes(header.key)) {
            this._convertAddresses(this._parseAddresses(header.value), list);
            if (list.length && list[0]) {
              envelope.from = list[0].address;
            }
          } else if (["To", "Cc", "Bcc"].includes(header.key)) {
            this._convertAddresses(this._parseAddresses(header.value), recipients, seenRecipients);
          }
        });
        envelope.to = recipients.map((to) => to.address);
        return envelope;
      }
      /**
       * Returns Message-Id value. If it does not exist, then creates one
       *
       * @return Message-Id value
       */
      messageId() {
        let messageId = this.getHeader("Message-ID");
        if (!messageId) {
          messageId = this._generateMessageId();
          this.setHeader("Message-ID", messageId);
        }
        return messageId;
      }
      /**
       * Sets pregenerated content that will be used as the output of this node
       *
       * @param raw Raw MIME contents
       */
      setRaw(raw) {
        this._raw = raw;
        if (this._raw && typeof this._raw.pipe === "function") {
          recordStreamErrors(this._raw);
        }
        return this;
      }
      /////// PRIVATE METHODS
      /**
       * Checks an access policy flag for this node and every node above it. The flags are set
       * from the options the node was built with, and createChild only ever sees the options
       * the caller passed, so a child of a closed tree starts out open. Reading the answer off
       * the parent chain keeps it right whatever order the tree was assembled in.
       *
       * @param flag Either 'disableFileAccess' or 'disableUrlAccess'
       * @return true if this node or an ancestor closed that access
       * @internal
       */
      _accessDisabled(flag) {
        let node = this;
        while (node) {
          if (node[flag]) {
            return true;
          }
          node = node.parentNode;
        }
        return false;
      }
      /**
       * Destroys the content streams of this node and of every node below it
       *
       * @internal
       */
      _destroyContentStreams() {
        destroyStream(this.content);
        destroyStream(this._raw);
        for (const child of this.childNodes) {
          child._destroyContentStreams();
        }
      }
      /**
       * Checks that a content value can still be read before the node streams it. A stream is
       * refused once it errored, ended or was destroyed: piping it would either never finish or
       * produce an empty body without any error
       *
       * @param content Node content or raw value
       * @returns The error to stop with, or null when the content can be read
       * @internal
       */
      _takeStreamContent(content) {
        if (Object.prototype.toString.call(content) === "[object Error]") {
          return content;
        }
        if (!content || typeof content.pipe !== "function" || content._resolvedValue) {
          return null;
        }
        return unreadableStreamError(content);
      }
      /**
       * Detects and returns handle to a stream related with the content.
       *
       * @param content Node content
       * @returns Stream object
       * @internal
       */
      _getStream(content) {
        let contentStream;
        if (content._resolvedValue) {
          contentStream = new import_node_stream8.PassThrough();
          setImmediate(() => {
            try {
              contentStream.end(content._resolvedValue);
            } catch (_err) {
              contentStream.emit("error", _err);
            }
          });
          return contentStream;
        }
        if (typeof content.pipe === "function") {
          return content;
        }
        if (content && typeof content.path === "string" && !content.href) {
          if (this._accessDisabled("disableFileAccess")) {
            contentStream = new import_node_stream8.PassThrough();
            setImmediate(() => {
              const err = new Error("File access rejected for " + content.path);
              err.code = EFILEACCESS;
              contentStream.emit("error", err);
            });
            return contentStream;
          }
          return import_node_fs2.default.createReadStream(content.path);
        }
        if (content && typeof content.href === "string") {
          if (this._accessDisabled("disableUrlAccess")) {
            contentStream = new import_node_stream8.PassThrough();
            setImmediate(() => {
              const err = new Error("Url access rejected for " + content.href);
              err.code = EURLACCESS;
              contentStream.emit("error", err);
            });
            return contentStream;
          }
          return fetch_default(content.href, { headers: content.httpHeaders, tls: content.tls });
        }
        contentStream = new import_node_stream8.PassThrough();
        setImmediate(() => {
          try {
            contentStream.end(content || "");
          } catch (_err) {
            contentStream.emit("error", _err);
          }
        });
        return contentStream;
      }
      /**
       * Parses addresses. Takes in a single address or an array or an
       * array of address arrays (eg. To: [[first group], [second group],...])
       *
       * @param addresses Addresses to be parsed
       * @return An array of address objects
       * @internal
       */
      _parseAddresses(addresses) {
        const flattened = [];
        const seen = /* @__PURE__ */ new WeakSet();
        const stack = [];
        const enter = (list) => {
          if (!seen.has(list)) {
            seen.add(list);
            stack.push({ list, pos: 0 });
          }
        };
        enter(Array.isArray(addresses) ? addresses : [addresses]);
        while (stack.length) {
          const frame = stack[stack.length - 1];
          if (frame.pos >= frame.list.length) {
            stack.pop();
            continue;
          }
          const address = frame.list[frame.pos++];
          if (Array.isArray(address)) {
            enter(address);
            continue;
          }
          if (address && address.address) {
            const normalized2 = this._normalizeAddress(address.address);
            if (normalized2 === address.address && typeof address.name === "string") {
              flattened.push(address);
              continue;
            }
            const copy = copyOwnKeys({}, address);
            copy.address = normalized2;
            copy.name = address.name || "";
            flattened.push(copy);
            continue;
          }
          const parsed = this._normalizeParsedAddresses(addressparser_default(address));
          for (let i = 0; i < parsed.length; i++) {
            flattened.push(parsed[i]);
          }
        }
        return flattened;
      }
      /**
       * Normalizes the addresses of a freshly parsed address list, groups included.
       *
       * Everything this method returns carries a normalized address, whether it arrived as an
       * object or was parsed out of a header value. Without this the two shapes disagree, and
       * a consumer reading the parsed form back is handed the ambiguous
       * 'user@evil.com@good.com' that the header and the envelope no longer carry.
       *
       * @param parsed An array of address objects, as returned by addressparser
       * @return The same array, with every address normalized
       * @internal
       */
      _normalizeParsedAddresses(parsed) {
        parsed.forEach((entry) => {
          if (entry.address) {
            entry.address = this._normalizeAddress(entry.address);
          } else if (entry.group) {
            this._normalizeParsedAddresses(entry.group);
          }
        });
        return parsed;
      }
      /**
       * Parses the addresses of an explicitly set envelope.
       *
       * An envelope value is an addr-spec and never a display name, so a bare local username
       * such as 'root' is the address here. Header parsing has to read the same value as a
       * display name, as a value with no '@' in it can not be an addr-spec in a header.
       *
       * @param addresses Addresses to be parsed
       * @return An array of address objects
       * @internal
       */
      _parseEnvelopeAddresses(addresses) {
        return this._parseAddresses(addresses).map((entry) => {
          if (entry.address || entry.group || !entry.name || /[\s@]/.test(entry.name)) {
            return entry;
          }
          return { address: this._normalizeAddress(entry.name), name: "" };
        });
      }
      /**
       * Normalizes a header key, uses Camel-Case form, except for uppercase MIME-
       *
       * @param key Key to be normalized
       * @return key in Camel-Case form
       * @internal
       */
      _normalizeHeaderKey(key) {
        key = (key || "").toString().replace(/[\s\x00-\x20\x7f:]/g, "").toLowerCase().replace(/^X-SMTPAPI$|^(MIME|DKIM|ARC|BIMI)\b|^OTP(?=-Token$)|^[a-z]|-(SPF|FBL|ID|MD5)$|-[a-z]/gi, (c) => c.toUpperCase()).replace(/^Content-Features$/i, "Content-features");
        return key;
      }
      /**
       * Checks if the content type is multipart and defines boundary if needed.
       * Doesn't return anything, modifies object argument instead.
       *
       * @param structured Parsed header value for 'Content-Type' key
       * @internal
       */
      _handleContentType(structured) {
        this.contentType = structured.value.trim().toLowerCase();
        this.multipart = /^multipart\//i.test(this.contentType) ? this.contentType.substr(this.contentType.indexOf("/") + 1) : false;
        if (this.multipart) {
          const declared = _stripBoundaryControls(structured.params.boundary || this.boundary || "");
          this.boundary = structured.params.boundary = declared || _stripBoundaryControls(this._generateBoundary());
        } else {
          this.boundary = false;
        }
      }
      /**
       * Generates a multipart boundary value
       *
       * @return boundary value
       * @internal
       */
      _generateBoundary() {
        return _stripBoundaryControls(this.rootNode.boundaryPrefix + "-" + this.rootNode.baseBoundary) + "-Part_" + this._nodeId;
      }
      /**
       * Encodes a header value the way this node encodes it in the generated message:
       * address headers are punycoded and mime encoded, message id headers get their
       * angle brackets, a Date object is formatted and any other value is mime encoded
       * when it holds non-ascii or control characters (using the node's `textEncoding`).
       *
       * The result is a single unfolded line without the key. Fold it before writing it
       * into a message, `key + ': ' + value` folded at 76 characters is what the node does.
       *
       * @param key Header key, case insensitive
       * @param value Header value
       * @returns Encoded header value
       */
      encodeHeaderValue(key, value) {
        key = this._normalizeHeaderKey(key);
        switch (key) {
          // Structured headers
          case "From":
          case "Sender":
          case "To":
          case "Cc":
          case "Bcc":
          case "Reply-To":
            return this._convertAddresses(this._parseAddresses(value));
          // values enclosed in <>
          case "Message-ID":
          case "In-Reply-To":
          case "Content-ID":
            value = (value || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
            if (value.charAt(0) !== "<") {
              value = "<" + value;
            }
            if (value.charAt(value.length - 1) !== ">") {
              value = value + ">";
            }
            return value;
          // a structured field (RFC 9651) that can not be mime encoded, an encoded word would
          // turn its quoted strings into text that no structured field parser reads. Only
          // the characters that can not appear in a header at all are removed
          case "OTP-Token":
            return (value || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "");
          // space separated list of values enclosed in <>
          case "References": {
            const ids = [];
            for (const entry of [].concat(value || "")) {
              const elm = (entry || "").toString().replace(/\r?\n|\r/g, " ").replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "").trim();
              for (let id of stripWhitespaceInAngleBrackets(elm).split(/\s+/)) {
                if (id.charAt(0) !== "<") {
                  id = "<" + id;
                }
                if (id.charAt(id.length - 1) !== ">") {
                  id = id + ">";
                }
                ids.push(id);
              }
            }
            return ids.join(" ").trim();
          }
          case "Date":
            if (Object.prototype.toString.call(value) === "[object Date]") {
              return value.toUTCString().replace(/GMT/, "+0000");
            }
            value = (value || "").toString().replace(/\r?\n|\r/g, " ");
            return this._encodeHeaderText(value);
          case "Content-Type":
          case "Content-Disposition":
            return (value || "").toString().replace(/\r?\n|\r/g, " ");
          default:
            value = (value || "").toString().replace(/\r?\n|\r/g, " ");
            return this._encodeHeaderText(value);
        }
      }
      /**
       * Encodes a header value without a node at hand. Same as the instance method of a
       * node created with the given options.
       *
       * @param key Header key, case insensitive
       * @param value Header value
       * @param [options] Encoding options
       * @param [options.textEncoding] either 'Q' (the default) or 'B'
       * @returns Encoded header value
       */
      static encodeHeaderValue(key, value, options) {
        return new _MimeNode(false, { textEncoding: options?.textEncoding }).encodeHeaderValue(key, value);
      }
      /**
       * Alias of encodeHeaderValue, kept for callers that used the method before it was public
       *
       * @internal
       */
      _encodeHeaderValue(key, value) {
        return this.encodeHeaderValue(key, value);
      }
      /**
       * Rebuilds address object using punycode and other adjustments
       *
       * @param addresses An array of address objects
       * @param [uniqueList] An array to be populated with addresses
       * @param [seenAddresses] Addresses already added to uniqueList, shared with recursive calls to keep deduplication linear
       * @return address string
       * @internal
       */
      _convertAddresses(addresses, uniqueList, seenAddresses) {
        const values = [];
        uniqueList = uniqueList || [];
        if (!seenAddresses) {
          seenAddresses = /* @__PURE__ */ new Set();
          for (let i = 0; i < uniqueList.length; i++) {
            seenAddresses.add(uniqueList[i].address);
          }
        }
        [].concat(addresses || []).forEach((address) => {
          if (address.address) {
            address.address = this._normalizeAddress(address.address);
            if (!address.name) {
              values.push(PLAIN_ADDRESS.test(address.address) ? address.address : `<${address.address}>`);
            } else {
              values.push(`${this._encodeAddressName(address.name)} <${address.address}>`);
            }
            if (!seenAddresses.has(address.address)) {
              seenAddresses.add(address.address);
              uniqueList.push(address);
            }
          } else if (address.group) {
            const groupListAddresses = (address.group.length ? this._convertAddresses(address.group, uniqueList, seenAddresses) : "").trim();
            values.push(`${this._encodeAddressName(address.name)}:${groupListAddresses};`);
          }
        });
        return values.join(", ");
      }
      /**
       * Normalizes an email address
       *
       * @param address An array of address objects
       * @return address string
       * @internal
       */
      _normalizeAddress(address) {
        address = (address || "").toString().replace(/[\x00-\x1F\x7F<>]+/g, " ").trim();
        if (!address) {
          return address;
        }
        const literal = address.charAt(address.length - 1) === "]" ? DOMAIN_LITERAL_TAIL2.exec(address) : null;
        const lastAt = literal ? address.length - literal[1].length - 1 : address.lastIndexOf("@");
        if (lastAt < 0) {
          return this._normalizeLocalPart(address);
        }
        const user = address.substr(0, lastAt);
        const domain = address.substr(lastAt + 1);
        let encodedDomain = domain;
        const smtputf8 = /[\x80-\uFFFF]/.test(user);
        try {
          encodedDomain = normalizeDomain(domain, smtputf8);
        } catch (_err) {
        }
        return `${this._normalizeLocalPart(user)}@${encodedDomain}`;
      }
      /**
       * Normalizes the local part of an address into a form that can be emitted as is.
       *
       * A local part is either a dot-atom or a quoted-string, anything else is not a valid
       * addr-spec. The quotes of a quoted local part get lost along the way, and a bare
       * 'user@evil.com@good.com' leaves it to the receiver which '@' splits the domain off,
       * while the split here is always at the last one. So whatever is not already one of
       * the two valid forms goes back out as a quoted-string.
       *
       * @param user Local part of an address
       * @return Local part as a dot-atom or as a quoted-string
       * @internal
       */
      _normalizeLocalPart(user) {
        if (DOT_ATOM.test(user) || QUOTED_STRING.test(user)) {
          return user;
        }
        return quoteString(user);
      }
      /**
       * If needed, mime encodes the name part
       *
       * @param name Name part of an address
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeAddressName(name2) {
        if (!/^[\w ]*$/.test(name2)) {
          if (/^[\x20-\x7e]*$/.test(name2)) {
            return quoteString(name2);
          } else {
            return encodeWord(name2, this._getTextEncoding(name2), 52);
          }
        }
        return name2;
      }
      /**
       * Encodes an unstructured header value. Such a value can only carry VCHAR and WSP, so a
       * control char or DEL has to be forced into the mime encoded word that a non-ascii value
       * would get anyway. HT stays as it is, it is valid folding whitespace here.
       *
       * @param value Header value to encode
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeHeaderText(value) {
        return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(value) ? encodeWord(value, this._getTextEncoding(value), 52) : (
          // encodeWords only encodes if needed, otherwise the original string is returned
          this._encodeWords(value)
        );
      }
      /**
       * If needed, mime encodes the name part
       *
       * @param value Name part of an address
       * @returns Mime word encoded string if needed
       * @internal
       */
      _encodeWords(value) {
        return encodeWords(value, this._getTextEncoding(value), 52, true);
      }
      /**
       * Detects best mime encoding for a text value
       *
       * @param value Value to check for
       * @return either 'Q' or 'B'
       * @internal
       */
      _getTextEncoding(value) {
        value = (value || "").toString();
        if (this.textEncoding) {
          return this.textEncoding;
        }
        let nonLatinLen = 0;
        let latinLen = 0;
        for (let i = 0, len = value.length; i < len; i++) {
          const code = value.charCodeAt(i);
          if (code >= 0 && code <= 8 || code === 11 || code === 12 || code >= 14 && code <= 31 || code >= 128) {
            nonLatinLen++;
          } else if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
            latinLen++;
          }
        }
        return nonLatinLen < latinLen ? "Q" : "B";
      }
      /**
       * Generates a message id
       *
       * @return Random Message-ID value
       * @internal
       */
      _generateMessageId() {
        return "<" + [2, 2, 2, 6].reduce(
          // crux to generate UUID-like random strings
          (prev, len) => prev + "-" + import_node_crypto2.default.randomBytes(len).toString("hex"),
          import_node_crypto2.default.randomBytes(4).toString("hex")
        ) + "@" + // try to use the domain of the FROM address or fallback to server hostname
        (this.getEnvelope().from || this.hostname || "localhost").split("@").pop() + ">";
      }
    };
    mime_node_default = MimeNode;
  }
});

// ../main/node_modules/nodemailer/dist/esm/mail-composer/index.js
function isContentObject(value) {
  const content = value;
  return typeof value === "object" && !!(content.content || content.path || content.href || content.raw);
}
function fitsSevenBit(content) {
  let at;
  let length;
  if (typeof content === "string") {
    at = (i) => content.charCodeAt(i);
    length = content.length;
  } else if (Buffer.isBuffer(content)) {
    at = (i) => content[i];
    length = content.length;
  } else {
    return false;
  }
  let lineLength = 0;
  for (let i = 0; i < length; i++) {
    const c = at(i);
    if (c === 0 || c > 127) {
      return false;
    }
    if (c === 10 || c === 13) {
      lineLength = 0;
    } else if (++lineLength > 998) {
      return false;
    }
  }
  return true;
}
function formatOtpToken(otp) {
  if (typeof otp.code !== "string" || !/^[\x20-\x7e]+$/.test(otp.code)) {
    throw otpError("The otp code must be a non-empty string of printable ASCII characters");
  }
  return quoteString(otp.code) + "; origin=" + quoteString(getOtpOrigin(otp.origin));
}
function getOtpOrigin(origin) {
  let url;
  try {
    url = new URL(String(origin));
  } catch {
  }
  if (!url || url.username || url.password || !/^([a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
    throw otpError("The otp origin must be an absolute https URL");
  }
  const isLoopback = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback)) {
    throw otpError("The otp origin must be an https URL, or an http URL on a loopback host");
  }
  return url.origin;
}
function otpError(message) {
  const err = new Error(message);
  err.code = EOTP;
  return err;
}
var MailComposer, mail_composer_default;
var init_mail_composer = __esm({
  "../main/node_modules/nodemailer/dist/esm/mail-composer/index.js"() {
    init_mime_node();
    init_mime_funcs();
    init_errors();
    init_shared();
    MailComposer = class {
      constructor(mail) {
        this.mail = mail || {};
        this.message = false;
      }
      /**
       * Builds MimeNode instance
       */
      compile() {
        this._alternatives = this.getAlternatives();
        this._htmlNode = this._alternatives.filter((alternative) => /^text\/html\b/i.test(alternative.contentType)).pop();
        this._attachments = this.getAttachments(!!this._htmlNode);
        this._useRelated = !!(this._htmlNode && this._attachments.related.length);
        this._useAlternative = this._alternatives.length > 1;
        this._useMixed = this._attachments.attached.length > 1 || this._alternatives.length && this._attachments.attached.length === 1;
        if (this.mail.raw) {
          this.message = new mime_node_default("message/rfc822", {
            newline: this.mail.newline,
            disableUrlAccess: this.mail.disableUrlAccess,
            disableFileAccess: this.mail.disableFileAccess
          }).setRaw(this.mail.raw);
        } else if (this._useMixed) {
          this.message = this._createMixed();
        } else if (this._useAlternative) {
          this.message = this._createAlternative();
        } else if (this._useRelated) {
          this.message = this._createRelated();
        } else {
          this.message = this._createContentNode(false, [].concat(this._alternatives || []).concat(this._attachments.attached || []).shift() || {
            contentType: "text/plain",
            content: ""
          });
        }
        if (this.mail.headers) {
          this.message.addHeader(this.mail.headers);
        }
        if (this.mail.otp) {
          this.message.setHeader("OTP-Token", formatOtpToken(this.mail.otp));
        }
        ["from", "sender", "to", "cc", "bcc", "reply-to", "in-reply-to", "references", "subject", "message-id", "date"].forEach((header) => {
          const key = header.replace(/-(\w)/g, (o, c) => c.toUpperCase());
          if (this.mail[key]) {
            this.message.setHeader(header, this.mail[key]);
          }
        });
        if (this.mail.envelope) {
          this.message.setEnvelope(this.mail.envelope);
        }
        this.message.messageId();
        return this.message;
      }
      /**
       * List all attachments. Resulting attachment objects can be used as input for MimeNode nodes
       *
       * @param findRelated If true separate related attachments from attached ones
       * @returns An object of arrays (`related` and `attached`)
       */
      getAttachments(findRelated) {
        let eventObject;
        const attachments = [].concat(this.mail.attachments || []).map((attachment, i) => {
          if (/^data:/i.test(attachment.path || attachment.href)) {
            attachment = this._processDataUrl(attachment);
          }
          const contentType = attachment.contentType || detectMimeType2(attachment.filename || attachment.path || attachment.href || "bin");
          const isImage = /^image\//i.test(contentType);
          const isMessageNode = /^message\//i.test(contentType);
          const contentDisposition = attachment.contentDisposition || (isMessageNode || isImage && attachment.cid ? "inline" : "attachment");
          let contentTransferEncoding;
          if ("contentTransferEncoding" in attachment) {
            contentTransferEncoding = attachment.contentTransferEncoding;
          } else if (isMessageNode) {
            contentTransferEncoding = !attachment.encoding && fitsSevenBit(attachment.content) ? "7bit" : "8bit";
          } else {
            contentTransferEncoding = "base64";
          }
          const data = {
            contentType,
            contentDisposition,
            contentTransferEncoding
          };
          if (attachment.filename) {
            data.filename = attachment.filename;
          } else if (!isMessageNode && attachment.filename !== false) {
            data.filename = (attachment.path || attachment.href || "").split(/[/\\]/).pop().split("?").shift() || "attachment-" + (i + 1);
            if (data.filename.indexOf(".") < 0) {
              data.filename += "." + detectExtension2(data.contentType);
            }
          }
          if (/^https?:\/\//i.test(attachment.path)) {
            attachment.href = attachment.path;
            attachment.path = void 0;
          }
          if (attachment.cid) {
            data.cid = attachment.cid;
          }
          if (attachment.raw) {
            data.raw = attachment.raw;
          } else if (attachment.path) {
            data.content = {
              path: attachment.path
            };
          } else if (attachment.href) {
            data.content = {
              href: attachment.href,
              httpHeaders: attachment.httpHeaders,
              tls: attachment.tls
            };
          } else {
            data.content = attachment.content || "";
          }
          if (attachment.encoding) {
            data.encoding = attachment.encoding;
          }
          if (attachment.headers) {
            data.headers = attachment.headers;
          }
          return data;
        });
        if (this.mail.icalEvent) {
          eventObject = Object.assign({}, this._getIcalEvent());
          eventObject.contentType = "application/ics";
          if (!eventObject.headers) {
            eventObject.headers = {};
          }
          eventObject.filename = eventObject.filename || "invite.ics";
          eventObject.headers["Content-Disposition"] = "attachment";
          eventObject.headers["Content-Transfer-Encoding"] = "base64";
        }
        if (!findRelated) {
          return {
            attached: attachments.concat(eventObject || []),
            related: []
          };
        }
        return {
          attached: attachments.filter((attachment) => !attachment.cid).concat(eventObject || []),
          related: attachments.filter((attachment) => !!attachment.cid)
        };
      }
      /**
       * Returns the icalEvent value with `path`/`href`/data uri input normalized into
       * a `content` entry, the same way as for regular attachments. The same event is
       * included twice (as a text/calendar alternative and as an application/ics
       * attachment), so the shared content object is marked to be resolved just once
       * and the buffered result is reused by the second node.
       *
       * @returns Normalized icalEvent data
       * @internal
       */
      _getIcalEvent() {
        if (!this._icalEvent) {
          let icalEvent;
          if (isContentObject(this.mail.icalEvent)) {
            icalEvent = copyOwnKeys({}, this.mail.icalEvent);
          } else {
            icalEvent = {
              content: this.mail.icalEvent
            };
          }
          if (/^data:/i.test(icalEvent.path || icalEvent.href)) {
            icalEvent = this._processDataUrl(icalEvent);
          }
          if (/^https?:\/\//i.test(icalEvent.path)) {
            icalEvent.href = icalEvent.path;
            icalEvent.path = void 0;
          }
          if (!icalEvent.raw) {
            if (icalEvent.path) {
              icalEvent.content = {
                path: icalEvent.path
              };
              icalEvent.path = void 0;
            } else if (icalEvent.href) {
              icalEvent.content = {
                href: icalEvent.href,
                httpHeaders: icalEvent.httpHeaders,
                tls: icalEvent.tls
              };
              icalEvent.href = void 0;
            }
          }
          if (icalEvent.content && typeof icalEvent.content === "object") {
            icalEvent.content._resolve = true;
          }
          this._icalEvent = icalEvent;
        }
        return this._icalEvent;
      }
      /**
       * List alternatives. Resulting objects can be used as input for MimeNode nodes
       *
       * @returns An array of alternative elements. Includes the `text` and `html` values as well
       */
      getAlternatives() {
        const alternatives = [];
        let text, html, watchHtml, amp, eventObject;
        if (this.mail.text) {
          if (isContentObject(this.mail.text)) {
            text = this.mail.text;
          } else {
            text = {
              content: this.mail.text
            };
          }
          text.contentType = "text/plain; charset=utf-8";
        }
        if (this.mail.watchHtml) {
          if (isContentObject(this.mail.watchHtml)) {
            watchHtml = this.mail.watchHtml;
          } else {
            watchHtml = {
              content: this.mail.watchHtml
            };
          }
          watchHtml.contentType = "text/watch-html; charset=utf-8";
        }
        if (this.mail.amp) {
          if (isContentObject(this.mail.amp)) {
            amp = this.mail.amp;
          } else {
            amp = {
              content: this.mail.amp
            };
          }
          amp.contentType = "text/x-amp-html; charset=utf-8";
        }
        if (this.mail.icalEvent) {
          eventObject = Object.assign({}, this._getIcalEvent());
          eventObject.filename = false;
          eventObject.contentType = "text/calendar; charset=utf-8; method=" + (eventObject.method || "PUBLISH").toString().trim().toUpperCase();
          if (!eventObject.headers) {
            eventObject.headers = {};
          }
        }
        if (this.mail.html) {
          if (isContentObject(this.mail.html)) {
            html = this.mail.html;
          } else {
            html = {
              content: this.mail.html
            };
          }
          html.contentType = "text/html; charset=utf-8";
        }
        [].concat(text || []).concat(watchHtml || []).concat(amp || []).concat(html || []).concat(eventObject || []).concat(this.mail.alternatives || []).forEach((alternative) => {
          if (/^data:/i.test(alternative.path || alternative.href)) {
            alternative = this._processDataUrl(alternative);
          }
          const data = {
            contentType: alternative.contentType || detectMimeType2(alternative.filename || alternative.path || alternative.href || "txt"),
            contentTransferEncoding: alternative.contentTransferEncoding
          };
          if (alternative.filename) {
            data.filename = alternative.filename;
          }
          if (/^https?:\/\//i.test(alternative.path)) {
            alternative.href = alternative.path;
            alternative.path = void 0;
          }
          if (alternative.raw) {
            data.raw = alternative.raw;
          } else if (alternative.path) {
            data.content = {
              path: alternative.path
            };
          } else if (alternative.href) {
            data.content = {
              href: alternative.href,
              httpHeaders: alternative.httpHeaders,
              tls: alternative.tls
            };
          } else {
            data.content = alternative.content || "";
          }
          if (alternative.encoding) {
            data.encoding = alternative.encoding;
          }
          if (alternative.headers) {
            data.headers = alternative.headers;
          }
          alternatives.push(data);
        });
        return alternatives;
      }
      /**
       * Builds multipart/mixed node. It should always contain different type of elements on the same level
       * eg. text + attachments
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createMixed(parentNode) {
        const node = parentNode ? parentNode.createChild("multipart/mixed", {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default("multipart/mixed", {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        if (this._useAlternative) {
          this._createAlternative(node);
        } else if (this._useRelated) {
          this._createRelated(node);
        }
        [].concat(!this._useAlternative && this._alternatives || []).concat(this._attachments.attached || []).forEach((element) => {
          if (!this._useRelated || element !== this._htmlNode) {
            this._createContentNode(node, element);
          }
        });
        return node;
      }
      /**
       * Builds multipart/alternative node. It should always contain same type of elements on the same level
       * eg. text + html view of the same data
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createAlternative(parentNode) {
        const node = parentNode ? parentNode.createChild("multipart/alternative", {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default("multipart/alternative", {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        this._alternatives.forEach((alternative) => {
          if (this._useRelated && this._htmlNode === alternative) {
            this._createRelated(node);
          } else {
            this._createContentNode(node, alternative);
          }
        });
        return node;
      }
      /**
       * Builds multipart/related node. It should always contain html node with related attachments
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @returns MimeNode node element
       * @internal
       */
      _createRelated(parentNode) {
        const node = parentNode ? parentNode.createChild('multipart/related; type="text/html"', {
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default('multipart/related; type="text/html"', {
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        this._createContentNode(node, this._htmlNode);
        this._attachments.related.forEach((alternative) => this._createContentNode(node, alternative));
        return node;
      }
      /**
       * Creates a regular node with contents
       *
       * @param parentNode Parent for this note. If it does not exist, a root node is created
       * @param element Node data
       * @returns MimeNode node element
       * @internal
       */
      _createContentNode(parentNode, element) {
        element = element || {};
        element.content = element.content || "";
        const encoding = (element.encoding || "utf8").toString().toLowerCase().replace(/[-_\s]/g, "");
        const node = parentNode ? parentNode.createChild(element.contentType, {
          filename: element.filename,
          textEncoding: this.mail.textEncoding,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        }) : new mime_node_default(element.contentType, {
          filename: element.filename,
          baseBoundary: this.mail.baseBoundary,
          textEncoding: this.mail.textEncoding,
          boundaryPrefix: this.mail.boundaryPrefix,
          disableUrlAccess: this.mail.disableUrlAccess,
          disableFileAccess: this.mail.disableFileAccess,
          normalizeHeaderKey: this.mail.normalizeHeaderKey,
          newline: this.mail.newline
        });
        if (element.headers) {
          node.addHeader(element.headers);
        }
        if (element.cid) {
          node.setHeader("Content-Id", "<" + element.cid.replace(/[<>]/g, "") + ">");
        }
        if (element.contentTransferEncoding) {
          node.setHeader("Content-Transfer-Encoding", element.contentTransferEncoding);
        } else if (this.mail.encoding && /^text\//i.test(element.contentType)) {
          node.setHeader("Content-Transfer-Encoding", this.mail.encoding);
        }
        if (!/^text\//i.test(element.contentType) || element.contentDisposition) {
          node.setHeader("Content-Disposition", element.contentDisposition || (element.cid && /^image\//i.test(element.contentType) ? "inline" : "attachment"));
        }
        if (typeof element.content === "string" && !["utf8", "usascii", "ascii"].includes(encoding)) {
          element.content = Buffer.from(element.content, encoding);
        }
        if (element.raw) {
          node.setRaw(element.raw);
        } else {
          node.setContent(element.content);
        }
        return node;
      }
      /**
       * Parses data uri and converts it to a Buffer
       *
       * @param element Content element
       * @return Parsed element
       * @internal
       */
      _processDataUrl(element) {
        const dataUrl = element.path || element.href;
        if (!dataUrl || typeof dataUrl !== "string") {
          return element;
        }
        if (!dataUrl.startsWith("data:")) {
          return element;
        }
        if (dataUrl.length > 52428800) {
          let detectedType = "application/octet-stream";
          const commaPos = dataUrl.indexOf(",");
          if (commaPos > 0 && commaPos < 200) {
            const header = dataUrl.substring(5, commaPos);
            const parts = header.split(";");
            if (parts[0] && parts[0].includes("/")) {
              detectedType = parts[0].trim();
            }
          }
          return Object.assign(copyOwnKeys({}, element), {
            path: false,
            href: false,
            content: Buffer.alloc(0),
            contentType: element.contentType || detectedType
          });
        }
        let parsedDataUri;
        try {
          parsedDataUri = parseDataURI(dataUrl);
        } catch (_err) {
          return element;
        }
        if (!parsedDataUri) {
          return element;
        }
        element.content = parsedDataUri.data;
        element.contentType = element.contentType || parsedDataUri.contentType;
        if ("path" in element) {
          element.path = false;
        }
        if ("href" in element) {
          element.href = false;
        }
        return element;
      }
    };
    mail_composer_default = MailComposer;
  }
});

// ../main/node_modules/nodemailer/dist/esm/dkim/message-parser.js
function _trimFieldName(str) {
  let start = 0;
  let end = str.length;
  while (start < end && (str.charCodeAt(start) === 32 || str.charCodeAt(start) === 9)) {
    start++;
  }
  while (end > start && (str.charCodeAt(end - 1) === 32 || str.charCodeAt(end - 1) === 9)) {
    end--;
  }
  return str.slice(start, end);
}
var import_node_stream9, MessageParser, message_parser_default;
var init_message_parser = __esm({
  "../main/node_modules/nodemailer/dist/esm/dkim/message-parser.js"() {
    import_node_stream9 = require("node:stream");
    MessageParser = class extends import_node_stream9.Transform {
      constructor(options) {
        super(options);
        this.lastBytes = Buffer.alloc(4);
        this.headersParsed = false;
        this.headerBytes = 0;
        this.headerChunks = [];
        this.rawHeaders = false;
        this.bodySize = 0;
      }
      /**
       * Keeps count of the last 4 bytes in order to detect line breaks on chunk boundaries
       *
       * @param data Next data chunk from the stream
       */
      updateLastBytes(data) {
        const lblen = this.lastBytes.length;
        const nblen = Math.min(data.length, lblen);
        for (let i = 0, len = lblen - nblen; i < len; i++) {
          this.lastBytes[i] = this.lastBytes[i + nblen];
        }
        for (let i = 1; i <= nblen; i++) {
          this.lastBytes[lblen - i] = data[data.length - i];
        }
      }
      /**
       * Finds and removes message headers from the remaining body. We want to keep
       * headers separated until final delivery to be able to modify these
       *
       * @param data Next chunk of data
       * @return Returns true if headers are already found or false otherwise
       */
      checkHeaders(data) {
        if (this.headersParsed) {
          return true;
        }
        const lblen = this.lastBytes.length;
        let headerPos = 0;
        for (let i = 0, len = this.lastBytes.length + data.length; i < len; i++) {
          let chr;
          if (i < lblen) {
            chr = this.lastBytes[i];
          } else {
            chr = data[i - lblen];
          }
          if (chr === 10 && i) {
            const pr1 = i - 1 < lblen ? this.lastBytes[i - 1] : data[i - 1 - lblen];
            const pr2 = i > 1 ? i - 2 < lblen ? this.lastBytes[i - 2] : data[i - 2 - lblen] : false;
            if (pr1 === 10) {
              this.headersParsed = true;
              headerPos = i - lblen + 1;
              this.headerBytes += headerPos;
              break;
            } else if (pr1 === 13 && pr2 === 10) {
              this.headersParsed = true;
              headerPos = i - lblen + 1;
              this.headerBytes += headerPos;
              break;
            }
          }
        }
        if (this.headersParsed) {
          this.headerChunks.push(data.slice(0, headerPos));
          this.rawHeaders = Buffer.concat(this.headerChunks, this.headerBytes);
          this.headerChunks = null;
          this.emit("headers", this.parseHeaders());
          if (data.length > headerPos) {
            const chunk = data.slice(headerPos);
            this.bodySize += chunk.length;
            this.push(chunk);
          }
          return false;
        }
        this.headerBytes += data.length;
        this.headerChunks.push(data);
        this.updateLastBytes(data);
        return false;
      }
      /** @internal */
      _transform(chunk, encoding, callback) {
        if (!chunk || !chunk.length) {
          return callback();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        let headersFound;
        try {
          headersFound = this.checkHeaders(chunk);
        } catch (E) {
          return callback(E);
        }
        if (headersFound) {
          this.bodySize += chunk.length;
          this.push(chunk);
        }
        callback();
      }
      /** @internal */
      _flush(callback) {
        if (this.headerChunks) {
          this.rawHeaders = Buffer.concat(this.headerChunks, this.headerBytes);
          this.headerChunks = null;
          this.emit("headers", this.parseHeaders());
        }
        callback();
      }
      parseHeaders() {
        const rawLines = (this.rawHeaders || Buffer.alloc(0)).toString("binary").split(/\r?\n/);
        const lines = [];
        for (const rawLine of rawLines) {
          if (lines.length && /^[ \t]/.test(rawLine)) {
            lines[lines.length - 1] += "\n" + rawLine;
          } else {
            lines.push(rawLine);
          }
        }
        return lines.filter((line) => /[^ \t\r]/.test(line)).map((line) => ({
          key: _trimFieldName(line.substr(0, line.indexOf(":"))).toLowerCase(),
          line
        }));
      }
    };
    message_parser_default = MessageParser;
  }
});

// ../main/node_modules/nodemailer/dist/esm/dkim/relaxed-body.js
var import_node_stream10, import_node_crypto3, CHAR_CR, CHAR_LF, CHAR_SPACE, CHAR_TAB, CRLF, EMPTY_LINES, RelaxedBody, relaxed_body_default;
var init_relaxed_body = __esm({
  "../main/node_modules/nodemailer/dist/esm/dkim/relaxed-body.js"() {
    import_node_stream10 = require("node:stream");
    import_node_crypto3 = __toESM(require("node:crypto"), 1);
    CHAR_CR = 13;
    CHAR_LF = 10;
    CHAR_SPACE = 32;
    CHAR_TAB = 9;
    CRLF = Buffer.from("\r\n");
    EMPTY_LINES = Buffer.alloc(4096, CRLF);
    RelaxedBody = class extends import_node_stream10.Transform {
      constructor(options) {
        super();
        options = options || {};
        this.bodyHash = import_node_crypto3.default.createHash(options.hashAlgo || "sha256");
        this.byteLength = 0;
        this.debug = options.debug;
        this._debugBody = options.debug ? [] : false;
        this._lineHasContent = false;
        this._pendingWsp = false;
        this._pendingCr = false;
        this._pendingEmptyLines = 0;
      }
      /** @internal */
      _hashCanonical(data) {
        if (!data.length) {
          return;
        }
        this.bodyHash.update(data);
        if (this._debugBody) {
          this._debugBody.push(Buffer.from(data));
        }
      }
      /** @internal */
      _hashEmptyLines() {
        while (this._pendingEmptyLines > 0) {
          const count = Math.min(this._pendingEmptyLines, EMPTY_LINES.length / 2);
          this._hashCanonical(EMPTY_LINES.subarray(0, count * 2));
          this._pendingEmptyLines -= count;
        }
      }
      /**
       * Writes a content byte, with the space a pending run of whitespace collapses to,
       * into the output buffer and returns the new write position. Kept a method rather
       * than a closure so the write position stays a plain local in the byte loop
       * @internal
       */
      _emitContent(out, outPos, c) {
        if (!this._lineHasContent) {
          if (this._pendingEmptyLines) {
            this._hashCanonical(out.subarray(0, outPos));
            outPos = 0;
            this._hashEmptyLines();
          }
          this._lineHasContent = true;
        }
        if (this._pendingWsp) {
          out[outPos++] = CHAR_SPACE;
          this._pendingWsp = false;
        }
        out[outPos++] = c;
        return outPos;
      }
      updateHash(chunk, final) {
        const out = Buffer.allocUnsafe(chunk.length * 2 + 2);
        let outPos = 0;
        for (let i = 0; i < chunk.length; i++) {
          const c = chunk[i];
          if (c === CHAR_LF) {
            if (this._lineHasContent) {
              out[outPos++] = CHAR_CR;
              out[outPos++] = CHAR_LF;
              this._lineHasContent = false;
            } else {
              this._pendingEmptyLines++;
            }
            this._pendingWsp = false;
            this._pendingCr = false;
            continue;
          }
          if (this._pendingCr) {
            outPos = this._emitContent(out, outPos, CHAR_CR);
            this._pendingCr = false;
          }
          if (c === CHAR_CR) {
            this._pendingCr = true;
          } else if (c === CHAR_SPACE || c === CHAR_TAB) {
            this._pendingWsp = true;
          } else {
            outPos = this._emitContent(out, outPos, c);
          }
        }
        if (final && this._pendingCr) {
          outPos = this._emitContent(out, outPos, CHAR_CR);
          this._pendingCr = false;
        }
        this._hashCanonical(out.subarray(0, outPos));
      }
      /** @internal */
      _transform(chunk, encoding, callback) {
        if (!chunk || !chunk.length) {
          return callback();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk, encoding);
        }
        this.updateHash(chunk);
        this.byteLength += chunk.length;
        this.push(chunk);
        callback();
      }
      /** @internal */
      _flush(callback) {
        this.updateHash(Buffer.alloc(0), true);
        if (this._lineHasContent) {
          this._hashCanonical(CRLF);
        }
        this.emit("hash", this.bodyHash.digest("base64"), this.debug ? Buffer.concat(this._debugBody) : false);
        callback();
      }
    };
    relaxed_body_default = RelaxedBody;
  }
});

// ../main/node_modules/nodemailer/dist/esm/dkim/sign.js
function unsupportedHashAlgoError(hashAlgo) {
  const err = new Error('Unsupported DKIM hash algorithm "' + hashAlgo + '"');
  err.code = ECONFIG;
  return err;
}
function sign(headers, hashAlgo, bodyHash, options) {
  options = options || {};
  const defaultFieldNames = "From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:Resent-Date:Resent-From:Resent-Sender:Resent-To:Resent-Cc:Resent-Message-ID:In-Reply-To:References:List-Id:List-Help:List-Unsubscribe:List-Unsubscribe-Post:List-Subscribe:List-Post:List-Owner:List-Archive:OTP-Token";
  const fieldNames = options.headerFieldNames || defaultFieldNames;
  const canonicalizedHeaderData = relaxedHeaders(headers, fieldNames, options.skipFields);
  const dkimHeader = generateDKIMHeader(options.domainName, options.keySelector, canonicalizedHeaderData.fieldNames, hashAlgo, bodyHash);
  canonicalizedHeaderData.headers += "dkim-signature:" + relaxedHeaderLine(dkimHeader);
  let signer;
  try {
    signer = import_node_crypto4.default.createSign(("rsa-" + hashAlgo).toUpperCase());
  } catch (_E) {
    throw unsupportedHashAlgoError(hashAlgo);
  }
  signer.update(canonicalizedHeaderData.headers, "latin1");
  let signature;
  try {
    signature = signer.sign(options.privateKey, "base64");
  } catch (_E) {
    return false;
  }
  return dkimHeader + signature.replace(/(^.{73}|.{75}(?!\r?\n|\r))/g, "$&\r\n ").trim();
}
function generateDKIMHeader(domainName, keySelector, fieldNames, hashAlgo, bodyHash) {
  const cleanTagValue = (value) => (value || "").toString().replace(/[\x00-\x1f\x7f;=]/g, "");
  const dkim = [
    "v=1",
    "a=rsa-" + hashAlgo,
    "c=relaxed/relaxed",
    "d=" + normalizeDomain(cleanTagValue(domainName), false),
    "q=dns/txt",
    "s=" + cleanTagValue(keySelector),
    "bh=" + bodyHash,
    "h=" + cleanTagValue(fieldNames)
  ].join("; ");
  return foldLines("DKIM-Signature: " + dkim, 76) + ";\r\n b=";
}
function relaxedHeaders(headers, fieldNames, skipFields) {
  const includedFields = /* @__PURE__ */ new Set();
  const skip = /* @__PURE__ */ new Set();
  const headerFields = /* @__PURE__ */ new Map();
  (skipFields || "").toLowerCase().split(":").forEach((field) => {
    skip.add(field.trim());
  });
  (fieldNames || "").toLowerCase().split(":").filter((field) => !skip.has(field.trim())).forEach((field) => {
    includedFields.add(field.trim());
  });
  for (let i = headers.length - 1; i >= 0; i--) {
    const line = headers[i];
    if (includedFields.has(line.key) && !headerFields.has(line.key)) {
      headerFields.set(line.key, relaxedHeaderLine(line.line));
    }
  }
  const headersList = [];
  const fields = [];
  includedFields.forEach((field) => {
    if (headerFields.has(field)) {
      fields.push(field);
      headersList.push(field + ":" + headerFields.get(field));
    }
  });
  return {
    headers: headersList.join("\r\n") + "\r\n",
    fieldNames: fields.join(":")
  };
}
function relaxedHeaderLine(line) {
  return line.substr(line.indexOf(":") + 1).replace(/\r?\n/g, "").replace(/[ \t]+/g, " ").replace(/^ | $/g, "");
}
var import_node_crypto4, sign_default;
var init_sign = __esm({
  "../main/node_modules/nodemailer/dist/esm/dkim/sign.js"() {
    init_shared();
    init_mime_funcs();
    import_node_crypto4 = __toESM(require("node:crypto"), 1);
    init_errors();
    sign.relaxedHeaders = relaxedHeaders;
    sign.unsupportedHashAlgoError = unsupportedHashAlgoError;
    sign_default = sign;
  }
});

// ../main/node_modules/nodemailer/dist/esm/dkim/index.js
var import_node_stream11, import_node_fs3, import_node_path2, import_node_crypto5, DKIM_ALGO, MAX_MESSAGE_SIZE, DKIMSigner, DKIM, dkim_default;
var init_dkim = __esm({
  "../main/node_modules/nodemailer/dist/esm/dkim/index.js"() {
    init_message_parser();
    init_relaxed_body();
    init_sign();
    import_node_stream11 = require("node:stream");
    import_node_fs3 = __toESM(require("node:fs"), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    import_node_crypto5 = __toESM(require("node:crypto"), 1);
    init_objects();
    DKIM_ALGO = "sha256";
    MAX_MESSAGE_SIZE = 10 * 1024 * 1024;
    DKIMSigner = class {
      constructor(options, keys, input, output) {
        this.options = options || {};
        this.keys = keys;
        this.cacheTreshold = Number(this.options.cacheTreshold) || MAX_MESSAGE_SIZE;
        this.hashAlgo = this.options.hashAlgo || DKIM_ALGO;
        this.cacheDir = this.options.cacheDir || false;
        this.chunks = [];
        this.chunklen = 0;
        this.readPos = 0;
        this.cachePath = this.cacheDir ? import_node_path2.default.join(this.cacheDir, "message." + Date.now() + "-" + import_node_crypto5.default.randomBytes(14).toString("hex")) : false;
        this.cache = false;
        this.headers = false;
        this.bodyHash = false;
        this.parser = false;
        this.relaxedBody = false;
        this.input = input;
        this.output = output;
        this.output.usingCache = false;
        this.hasErrored = false;
        this.input.on("error", (err) => this.fail(err));
        this.output.once("close", () => {
          if (this.output.writableFinished) {
            return;
          }
          this.hasErrored = true;
          this.input.unpipe();
          this.input.destroy();
          this.cleanup();
        });
      }
      /**
       * Ends the output with an error and releases the cache file
       */
      fail(err) {
        this.hasErrored = true;
        this.cleanup();
        this.output.destroy(err);
      }
      cleanup() {
        if (!this.cache || !this.cachePath) {
          return;
        }
        const cache = this.cache;
        this.cache = false;
        cache.destroy();
        import_node_fs3.default.unlink(this.cachePath, () => false);
      }
      createReadCache() {
        this.cache = import_node_fs3.default.createReadStream(this.cachePath);
        this.cache.once("error", (err) => this.fail(err));
        this.cache.once("close", () => {
          this.cleanup();
        });
        this.cache.pipe(this.output);
      }
      sendNextChunk() {
        while (!this.hasErrored) {
          if (this.readPos >= this.chunks.length) {
            if (!this.cache) {
              this.output.end();
              return;
            }
            return this.createReadCache();
          }
          const chunk = this.chunks[this.readPos++];
          if (this.output.write(chunk) === false) {
            this.output.once("drain", () => {
              this.sendNextChunk();
            });
            return;
          }
        }
      }
      sendSignedOutput() {
        if (this.hasErrored) {
          return;
        }
        let keyPos = 0;
        const signNextKey = () => {
          if (keyPos >= this.keys.length) {
            this.output.write(this.parser.rawHeaders);
            setImmediate(() => this.sendNextChunk());
            return;
          }
          const key = this.keys[keyPos++];
          let dkimField;
          try {
            dkimField = sign_default(this.headers, this.hashAlgo, this.bodyHash, {
              domainName: key.domainName,
              keySelector: key.keySelector,
              privateKey: key.privateKey,
              headerFieldNames: this.options.headerFieldNames,
              skipFields: this.options.skipFields
            });
          } catch (err) {
            this.fail(err);
            return;
          }
          if (dkimField) {
            this.output.write(Buffer.from(dkimField + "\r\n"));
          }
          setImmediate(signNextKey);
        };
        if (this.bodyHash && this.headers) {
          return signNextKey();
        }
        this.output.write(this.parser.rawHeaders);
        this.sendNextChunk();
      }
      createWriteCache() {
        this.output.usingCache = true;
        this.cache = import_node_fs3.default.createWriteStream(this.cachePath, { mode: 384 });
        this.cache.once("error", (err) => {
          this.relaxedBody.unpipe(this.cache);
          this.relaxedBody.on("readable", () => {
            while (this.relaxedBody.read() !== null) {
            }
          });
          this.fail(err);
        });
        this.cache.once("close", () => {
          if (this.hasErrored) {
            return;
          }
          this.sendSignedOutput();
        });
        this.relaxedBody.removeAllListeners("readable");
        this.relaxedBody.pipe(this.cache);
      }
      signStream() {
        this.parser = new message_parser_default();
        this.relaxedBody = new relaxed_body_default({
          hashAlgo: this.hashAlgo
        });
        this.parser.on("headers", (value) => {
          this.headers = value;
        });
        this.relaxedBody.on("hash", (value) => {
          this.bodyHash = value;
        });
        this.relaxedBody.on("readable", () => {
          let chunk;
          if (this.cache) {
            return;
          }
          while ((chunk = this.relaxedBody.read()) !== null) {
            this.chunks.push(chunk);
            this.chunklen += chunk.length;
            if (this.chunklen >= this.cacheTreshold && this.cachePath) {
              return this.createWriteCache();
            }
          }
        });
        this.relaxedBody.on("end", () => {
          if (this.cache) {
            return;
          }
          this.sendSignedOutput();
        });
        this.parser.pipe(this.relaxedBody);
        setImmediate(() => this.input.pipe(this.parser));
      }
    };
    DKIM = class {
      constructor(options) {
        this.options = options || {};
        this.keys = [].concat(this.options.keys || {
          domainName: options.domainName,
          keySelector: options.keySelector,
          privateKey: options.privateKey
        });
      }
      sign(input, extraOptions) {
        const output = new import_node_stream11.PassThrough();
        let inputStream = input;
        let writeValue = false;
        if (Buffer.isBuffer(input)) {
          writeValue = input;
          inputStream = new import_node_stream11.PassThrough();
        } else if (typeof input === "string") {
          writeValue = Buffer.from(input);
          inputStream = new import_node_stream11.PassThrough();
        }
        let options = this.options;
        if (extraOptions && Object.keys(extraOptions).length) {
          options = copyOwnKeys({}, extraOptions);
          copyOwnKeys(options, this.options);
        }
        const signer = new DKIMSigner(options, this.keys, inputStream, output);
        setImmediate(() => {
          try {
            signer.signStream();
          } catch (_E) {
            signer.fail(sign_default.unsupportedHashAlgoError(signer.hashAlgo));
            return;
          }
          if (writeValue) {
            setImmediate(() => {
              inputStream.end(writeValue);
            });
          }
        });
        return output;
      }
    };
    dkim_default = DKIM;
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-connection/http-proxy-client.js
function httpProxyClient(proxyUrl, destinationPort, destinationHost, tlsOptions, callback) {
  if (typeof tlsOptions === "function") {
    callback = tlsOptions;
    tlsOptions = {};
  }
  tlsOptions = tlsOptions || {};
  const done = callback;
  destinationPort = Number(destinationPort) || 0;
  if (!destinationPort || /[\r\n]/.test(destinationHost)) {
    const err = new Error("Invalid proxy destination");
    err.code = EPROXY;
    setImmediate(() => done(err));
    return;
  }
  const proxy = parse(proxyUrl);
  const authority = (import_node_net5.default.isIPv6(unbracket(destinationHost)) ? "[" + unbracket(destinationHost) + "]" : destinationHost) + ":" + destinationPort;
  const connectOptions = {
    host: proxy.hostname,
    port: Number(proxy.port) ? Number(proxy.port) : proxy.protocol === "https:" ? 443 : 80
  };
  let connect;
  if (proxy.protocol === "https:") {
    connectOptions.rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
    connect = import_node_tls.default.connect.bind(import_node_tls.default);
  } else {
    connect = import_node_net5.default.connect.bind(import_node_net5.default);
  }
  const timeout = Number(tlsOptions.timeout) || httpProxyClient.timeout || 30 * 1e3;
  let socket;
  let finished3 = false;
  let timer;
  const cleanup = () => {
    clearTimeout(timer);
    socket.removeListener("data", onSocketData);
    socket.removeListener("error", fail);
    socket.removeListener("close", onEarlyClose);
  };
  function fail(err) {
    if (finished3) {
      return;
    }
    finished3 = true;
    cleanup();
    try {
      socket.destroy();
    } catch (_E) {
    }
    done(err);
  }
  function onEarlyClose() {
    const err = new Error("Proxy closed the connection before the tunnel was established");
    err.code = EPROXY;
    fail(err);
  }
  const chunks = [];
  let received = 0;
  let tail = "";
  function onSocketData(chunk) {
    if (finished3) {
      return;
    }
    const window = tail + chunk.toString("binary");
    const windowEnd = window.indexOf("\r\n\r\n");
    chunks.push(chunk);
    received += chunk.length;
    tail = window.slice(-3);
    if (windowEnd < 0) {
      if (received > MAX_RESPONSE_HEADER_BYTES) {
        const err = new Error("Proxy response headers too large");
        err.code = EPROXY;
        fail(err);
      }
      return;
    }
    socket.removeListener("data", onSocketData);
    socket.pause();
    const headerEnd = received - window.length + windowEnd;
    const response = Buffer.concat(chunks, received);
    if (response.length > headerEnd + 4) {
      socket.unshift(response.subarray(headerEnd + 4));
    }
    const match = response.toString("binary", 0, headerEnd).match(/^HTTP\/\d+\.\d+ (\d+)/i);
    if (!match || (match[1] || "").charAt(0) !== "2") {
      const err = new Error("Invalid response from proxy" + (match && ": " + match[1] || ""));
      err.code = EPROXY;
      return fail(err);
    }
    finished3 = true;
    cleanup();
    const resumeOnData = (event) => {
      if (event === "data") {
        socket.removeListener("newListener", resumeOnData);
        socket.resume();
      }
    };
    socket.on("newListener", resumeOnData);
    return done(null, socket);
  }
  socket = connect(connectOptions, () => {
    if (finished3) {
      return;
    }
    const reqHeaders = {
      Host: authority,
      Connection: "close"
    };
    if (proxy.auth) {
      reqHeaders["Proxy-Authorization"] = "Basic " + Buffer.from(proxy.auth).toString("base64");
    }
    socket.write(
      // HTTP method
      "CONNECT " + authority + " HTTP/1.1\r\n" + // HTTP request headers
      Object.keys(reqHeaders).map((key) => key + ": " + reqHeaders[key]).join("\r\n") + // End request
      "\r\n\r\n"
    );
    socket.on("data", onSocketData);
  });
  timer = setTimeout(() => {
    const err = new Error("Proxy socket timed out");
    err.code = ETIMEDOUT;
    fail(err);
  }, timeout);
  socket.once("error", fail);
  socket.once("close", onEarlyClose);
}
var import_node_net5, import_node_tls, MAX_RESPONSE_HEADER_BYTES, unbracket, http_proxy_client_default;
var init_http_proxy_client = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-connection/http-proxy-client.js"() {
    import_node_net5 = __toESM(require("node:net"), 1);
    import_node_tls = __toESM(require("node:tls"), 1);
    init_url();
    init_errors();
    MAX_RESPONSE_HEADER_BYTES = 64 * 1024;
    unbracket = (host) => typeof host === "string" && host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
    http_proxy_client_default = httpProxyClient;
  }
});

// ../main/node_modules/nodemailer/dist/esm/mailer/mail-message.js
var hasOwn, MailMessage;
var init_mail_message = __esm({
  "../main/node_modules/nodemailer/dist/esm/mailer/mail-message.js"() {
    init_shared();
    init_mime_node();
    init_mime_funcs();
    hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
    MailMessage = class {
      constructor(mailer, data) {
        this.mailer = mailer;
        this.data = {};
        this.message = null;
        data = data || {};
        const options = mailer.options || {};
        const defaults = mailer._defaults || {};
        copyOwnKeys(this.data, data);
        this.data.headers = this.data.headers || {};
        copyOwnKeys(this.data, defaults, (key) => hasOwn(this.data, key));
        copyOwnKeys(this.data.headers, defaults.headers, (key) => hasOwn(this.data.headers, key));
        ["disableFileAccess", "disableUrlAccess", "normalizeHeaderKey", "maxRecipients"].forEach((key) => {
          if (key in options) {
            this.data[key] = options[key];
          }
        });
        ["disableFileAccess", "disableUrlAccess"].forEach((key) => {
          if (!(key in options) && hasOwn(defaults, key)) {
            this.data[key] = this.data[key] || defaults[key];
          }
        });
      }
      resolveContent(data, key, options, callback) {
        if (!callback && typeof options === "function") {
          callback = options;
          options = false;
        }
        options = options || {};
        const policy = {
          disableFileAccess: this.data.disableFileAccess || options.disableFileAccess,
          disableUrlAccess: this.data.disableUrlAccess || options.disableUrlAccess
        };
        return resolveContent(data, key, policy, callback);
      }
      resolveAll(callback) {
        const keys = [
          [this.data, "html"],
          [this.data, "text"],
          [this.data, "watchHtml"],
          [this.data, "amp"],
          [this.data, "icalEvent"]
        ];
        if (this.data.alternatives && this.data.alternatives.length) {
          this.data.alternatives.forEach((alternative, i) => {
            keys.push([this.data.alternatives, i]);
          });
        }
        if (this.data.attachments && this.data.attachments.length) {
          this.data.attachments.forEach((attachment, i) => {
            if (!attachment.filename) {
              attachment.filename = (attachment.path || attachment.href || "").split(/[/\\]/).pop().split("?").shift() || "attachment-" + (i + 1);
              if (attachment.filename.indexOf(".") < 0) {
                attachment.filename += "." + detectExtension2(attachment.contentType);
              }
            }
            if (!attachment.contentType) {
              attachment.contentType = detectMimeType2(attachment.filename || attachment.path || attachment.href || "bin");
            }
            keys.push([this.data.attachments, i]);
          });
        }
        const mimeNode = new mime_node_default();
        const addressKeys = ["from", "to", "cc", "bcc", "sender", "replyTo"];
        addressKeys.forEach((address) => {
          let value;
          if (this.message) {
            value = [].concat(mimeNode._parseAddresses(this.message.getHeader(address === "replyTo" ? "reply-to" : address)) || []);
          } else if (this.data[address]) {
            value = [].concat(mimeNode._parseAddresses(this.data[address]) || []);
          }
          if (value && value.length) {
            this.data[address] = value;
          } else if (address in this.data) {
            this.data[address] = null;
          }
        });
        const singleKeys = ["from", "sender"];
        singleKeys.forEach((address) => {
          if (this.data[address]) {
            this.data[address] = this.data[address].shift();
          }
        });
        let pos = 0;
        const resolveNext = () => {
          if (pos >= keys.length) {
            return callback(null, this.data);
          }
          const args = keys[pos++];
          if (!args[0] || !args[0][args[1]]) {
            return resolveNext();
          }
          resolveContent(...args, { disableFileAccess: this.data.disableFileAccess, disableUrlAccess: this.data.disableUrlAccess }, (err, value) => {
            if (err) {
              return callback(err);
            }
            const node = {
              content: value
            };
            if (args[0][args[1]] && typeof args[0][args[1]] === "object" && !Buffer.isBuffer(args[0][args[1]])) {
              copyOwnKeys(node, args[0][args[1]], (key) => key in node || ["content", "path", "href", "raw"].includes(key));
            }
            args[0][args[1]] = node;
            resolveNext();
          });
        };
        setImmediate(() => resolveNext());
      }
      /**
       * Destroys the content streams of the message once sending failed. A stream that was not
       * read to the end would otherwise keep the file or the socket behind it open
       */
      releaseStreams() {
        const data = this.data;
        const values = [data.html, data.text, data.watchHtml, data.amp, data.raw, data.icalEvent];
        for (const key of ["attachments", "alternatives"]) {
          if (Array.isArray(data[key])) {
            for (const entry of data[key]) {
              values.push(entry);
            }
          }
        }
        for (const value of values) {
          if (value && typeof value === "object") {
            destroyStream(value);
            destroyStream(value.content);
            destroyStream(value.raw);
          }
        }
      }
      normalize(callback) {
        const envelope = this.message.getEnvelope();
        const messageId = this.message.messageId();
        this.resolveAll((err, data) => {
          if (err) {
            return callback(err);
          }
          data.envelope = envelope;
          data.messageId = messageId;
          ["html", "text", "watchHtml", "amp"].forEach((key) => {
            if (data[key] && data[key].content) {
              if (typeof data[key].content === "string") {
                data[key] = data[key].content;
              } else if (Buffer.isBuffer(data[key].content)) {
                data[key] = data[key].content.toString();
              }
            }
          });
          if (data.icalEvent && Buffer.isBuffer(data.icalEvent.content)) {
            data.icalEvent.content = data.icalEvent.content.toString("base64");
            data.icalEvent.encoding = "base64";
          }
          if (data.alternatives && data.alternatives.length) {
            data.alternatives.forEach((alternative) => {
              if (alternative && alternative.content && Buffer.isBuffer(alternative.content)) {
                alternative.content = alternative.content.toString("base64");
                alternative.encoding = "base64";
              }
            });
          }
          if (data.attachments && data.attachments.length) {
            data.attachments.forEach((attachment) => {
              if (attachment && attachment.content && Buffer.isBuffer(attachment.content)) {
                attachment.content = attachment.content.toString("base64");
                attachment.encoding = "base64";
              }
            });
          }
          data.normalizedHeaders = {};
          Object.keys(data.headers || {}).forEach((key) => {
            if (isProtoKey(key)) {
              return;
            }
            let value = [].concat(data.headers[key] || []).shift();
            value = value && value.value || value;
            if (value) {
              if (["references", "in-reply-to", "message-id", "content-id"].includes(key)) {
                value = this.message.encodeHeaderValue(key, value);
              }
              data.normalizedHeaders[key] = value;
            }
          });
          if (data.list && typeof data.list === "object") {
            const listHeaders = this._getListHeaders(data.list);
            listHeaders.forEach((entry) => {
              data.normalizedHeaders[entry.key] = entry.value.map((val) => val && val.value || val).join(", ");
            });
          }
          if (data.references) {
            data.normalizedHeaders.references = this.message.encodeHeaderValue("references", data.references);
          }
          if (data.inReplyTo) {
            data.normalizedHeaders["in-reply-to"] = this.message.encodeHeaderValue("in-reply-to", data.inReplyTo);
          }
          return callback(null, data);
        });
      }
      setMailerHeader() {
        if (!this.message || !this.data.xMailer) {
          return;
        }
        this.message.setHeader("X-Mailer", this.data.xMailer);
      }
      setPriorityHeaders() {
        if (!this.message || !this.data.priority) {
          return;
        }
        switch ((this.data.priority || "").toString().toLowerCase()) {
          case "high":
            this.message.setHeader("X-Priority", "1 (Highest)");
            this.message.setHeader("X-MSMail-Priority", "High");
            this.message.setHeader("Importance", "High");
            break;
          case "low":
            this.message.setHeader("X-Priority", "5 (Lowest)");
            this.message.setHeader("X-MSMail-Priority", "Low");
            this.message.setHeader("Importance", "Low");
            break;
          default:
        }
      }
      setListHeaders() {
        if (!this.message || !this.data.list || typeof this.data.list !== "object") {
          return;
        }
        this._getListHeaders(this.data.list).forEach((listHeader) => {
          listHeader.value.forEach((value) => {
            this.message.addHeader(listHeader.key, value);
          });
        });
      }
      /** @internal */
      _getListHeaders(listData) {
        return Object.keys(listData).map((key) => ({
          key: "list-" + key.toLowerCase().trim(),
          value: [].concat(listData[key] || []).map((value) => ({
            prepared: true,
            foldLines: true,
            value: [].concat(value || []).map((value2) => {
              if (typeof value2 === "string") {
                value2 = {
                  url: value2
                };
              }
              if (value2 && value2.url) {
                let comment = (value2.comment || "").toString().replace(/\r?\n|\r/g, " ");
                const needsEncoding = !isPlainText(comment) || /\x7f/.test(comment);
                if (key.toLowerCase().trim() === "id") {
                  comment = needsEncoding ? encodeWord(comment) : quoteString(comment);
                  return (value2.comment ? comment + " " : "") + this._formatListUrl(value2.url).replace(/^<[^:]+:\/{0,2}/, "<");
                }
                comment = needsEncoding ? encodeWord(comment) : comment.replace(/[()\\]/g, "\\$&");
                return this._formatListUrl(value2.url) + (value2.comment ? " (" + comment + ")" : "");
              }
              return "";
            }).filter((value2) => value2).join(", ")
          }))
        }));
      }
      /** @internal */
      _formatListUrl(url) {
        url = url.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, "").replace(/[\s<]+|[\s>]+/g, "");
        if (/^(https?|mailto|ftp):/.test(url)) {
          return "<" + url + ">";
        }
        if (/^[^@]+@[^@]+$/.test(url)) {
          return "<mailto:" + url + ">";
        }
        return "<http://" + url + ">";
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/mailer/index.js
function isAbortSignal(value) {
  return typeof value === "object" && value !== null && "aborted" in value && typeof value.addEventListener === "function" && typeof value.removeEventListener === "function";
}
var import_node_events, import_node_util2, import_node_net6, import_node_dns2, import_node_crypto6, DEFAULT_MAX_RECIPIENTS, Mail, mailer_default;
var init_mailer = __esm({
  "../main/node_modules/nodemailer/dist/esm/mailer/index.js"() {
    import_node_events = require("node:events");
    init_shared();
    init_mime_types();
    init_mail_composer();
    init_dkim();
    init_http_proxy_client();
    init_errors();
    import_node_util2 = __toESM(require("node:util"), 1);
    init_url();
    init_package_info();
    init_mail_message();
    import_node_net6 = __toESM(require("node:net"), 1);
    import_node_dns2 = __toESM(require("node:dns"), 1);
    import_node_crypto6 = __toESM(require("node:crypto"), 1);
    DEFAULT_MAX_RECIPIENTS = 1e5;
    Mail = class extends import_node_events.EventEmitter {
      constructor(transporter, options, defaults) {
        super();
        this.options = options || {};
        this._defaults = defaults || {};
        this._defaultPlugins = {
          compile: [(...args) => this._convertDataImages(...args)],
          stream: []
        };
        this._userPlugins = {
          compile: [],
          stream: []
        };
        this.meta = /* @__PURE__ */ new Map();
        this.dkim = this.options.dkim ? new dkim_default(this.options.dkim) : false;
        this.transporter = transporter;
        this.transporter.mailer = this;
        this.logger = getLogger(this.options, {
          component: this.options.component || "mail"
        });
        this.logger.debug({
          tnx: "create"
        }, "Creating transport: %s", this.getVersionString());
        if (typeof this.transporter.on === "function") {
          this.transporter.on("log", (log) => {
            this.logger.debug({
              tnx: "transport"
            }, "%s: %s", log.type, log.message);
          });
          this.transporter.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "transport"
            }, "Transport Error: %s", err.message);
            this.emit("error", err);
          });
          this.transporter.on("idle", (...args) => {
            this.emit("idle", ...args);
          });
          this.transporter.on("clear", (...args) => {
            this.emit("clear", ...args);
          });
        }
        ["close", "isIdle", "verify"].forEach((method) => {
          this[method] = (...args) => {
            if (typeof this.transporter[method] === "function") {
              if (method === "verify" && typeof this.getSocket === "function") {
                this.transporter.getSocket = this.getSocket;
                this.getSocket = false;
              }
              return this.transporter[method](...args);
            }
            this.logger.warn({
              tnx: "transport",
              methodName: method
            }, "Non existing method %s called for transport", method);
            return false;
          };
        });
        if (this.options.proxy && typeof this.options.proxy === "string") {
          this.setupProxy(this.options.proxy);
        }
      }
      use(step, plugin) {
        step = (step || "").toString();
        if (!this._userPlugins.hasOwnProperty(step)) {
          this._userPlugins[step] = [plugin];
        } else {
          this._userPlugins[step].push(plugin);
        }
        return this;
      }
      sendMail(data, callback = null) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        if (typeof this.getSocket === "function") {
          this.transporter.getSocket = this.getSocket;
          this.getSocket = false;
        }
        const mail = new MailMessage(this, data);
        const signalOption = mail.data.signal;
        const signal = isAbortSignal(signalOption) ? signalOption : void 0;
        let settled = false;
        const removeAbortListener = () => signal?.removeEventListener("abort", onAbort);
        const finish = (err, info) => {
          if (settled) {
            return;
          }
          settled = true;
          removeAbortListener();
          if (err) {
            mail.releaseStreams();
          }
          done(err, info);
        };
        const fail = (err) => {
          finish(err);
        };
        function onAbort() {
          fail(createAbortError(signal));
        }
        if (signalOption !== void 0 && signalOption !== null && !signal) {
          const err = new Error("The signal option must be an AbortSignal");
          err.code = ECONFIG;
          setImmediate(() => fail(err));
          return promise;
        }
        if (signal) {
          signal.addEventListener("abort", onAbort, { once: true });
          if (signal.aborted) {
            setImmediate(onAbort);
            return promise;
          }
        }
        this.logger.debug({
          tnx: "transport",
          name: this.transporter.name,
          version: this.transporter.version,
          action: "send"
        }, "Sending mail using %s/%s", this.transporter.name, this.transporter.version);
        this._processPlugins("compile", mail, (err) => {
          if (settled) {
            return;
          }
          if (err) {
            this.logger.error({
              err,
              tnx: "plugin",
              action: "compile"
            }, "PluginCompile Error: %s", err.message);
            return fail(err);
          }
          let recipientCount;
          try {
            mail.message = new mail_composer_default(mail.data).compile();
            mail.setMailerHeader();
            mail.setPriorityHeaders();
            mail.setListHeaders();
            recipientCount = mail.message.getEnvelope().to.length;
          } catch (err2) {
            this.logger.error({
              err: err2,
              tnx: "transport",
              action: "send"
            }, "Compile Error: %s", err2.message);
            return fail(err2);
          }
          const maxRecipients = mail.data.maxRecipients === void 0 ? DEFAULT_MAX_RECIPIENTS : mail.data.maxRecipients;
          if (maxRecipients && recipientCount > maxRecipients) {
            const err2 = new Error(`Message has ${recipientCount} recipients, which is over the ${maxRecipients} allowed by maxRecipients`);
            err2.code = EMAXRECIPIENTS;
            this.logger.error({
              err: err2,
              tnx: "transport",
              action: "send"
            }, "Send Error: %s", err2.message);
            return fail(err2);
          }
          this._processPlugins("stream", mail, (err2) => {
            if (settled) {
              return;
            }
            if (err2) {
              this.logger.error({
                err: err2,
                tnx: "plugin",
                action: "stream"
              }, "PluginStream Error: %s", err2.message);
              return fail(err2);
            }
            if (mail.data.dkim || this.dkim) {
              mail.message.processFunc((input) => {
                const dkim = mail.data.dkim ? new dkim_default(mail.data.dkim) : this.dkim;
                this.logger.debug({
                  tnx: "DKIM",
                  messageId: mail.message.messageId(),
                  dkimDomains: dkim.keys.map((key) => key.keySelector + "." + key.domainName).join(", ")
                }, "Signing outgoing message with %s keys", dkim.keys.length);
                return dkim.sign(input, mail.data._dkim);
              });
            }
            removeAbortListener();
            this.transporter.send(mail, (...args) => {
              if (args[0]) {
                this.logger.error({
                  err: args[0],
                  tnx: "transport",
                  action: "send"
                }, "Send Error: %s", args[0].message);
              }
              finish(...args);
            });
          });
        });
        return promise;
      }
      getVersionString() {
        return import_node_util2.default.format("%s (%s; +%s; %s/%s)", name, version, homepage, this.transporter.name, this.transporter.version);
      }
      /** @internal */
      _processPlugins(step, mail, callback) {
        step = (step || "").toString();
        if (!this._userPlugins.hasOwnProperty(step)) {
          return callback();
        }
        const userPlugins = this._userPlugins[step] || [];
        const defaultPlugins = this._defaultPlugins[step] || [];
        if (userPlugins.length) {
          this.logger.debug({
            tnx: "transaction",
            pluginCount: userPlugins.length,
            step
          }, "Using %s plugins for %s", userPlugins.length, step);
        }
        if (userPlugins.length + defaultPlugins.length === 0) {
          return callback();
        }
        let pos = 0;
        let block = "default";
        const processPlugins = () => {
          if (mail.data.signal?.aborted) {
            return callback(createAbortError(mail.data.signal));
          }
          let curplugins = block === "default" ? defaultPlugins : userPlugins;
          if (pos >= curplugins.length) {
            if (block === "default" && userPlugins.length) {
              block = "user";
              pos = 0;
              curplugins = userPlugins;
            } else {
              return callback();
            }
          }
          const plugin = curplugins[pos++];
          plugin(mail, (err) => {
            if (err) {
              return callback(err);
            }
            processPlugins();
          });
        };
        processPlugins();
      }
      /**
       * Sets up proxy handler for a Nodemailer object
       *
       * @param proxyUrl Proxy configuration url
       */
      setupProxy(proxyUrl) {
        const proxy = parse(proxyUrl);
        this.getSocket = (options, callback) => {
          const protocol = proxy.protocol.replace(/:$/, "").toLowerCase();
          const configuredTimeout = Number(this.options.connectionTimeout) || 0;
          const connectStartedAt = Number(options.connectStartedAt) || Date.now();
          const connectionTimeout = configuredTimeout ? Math.max(connectStartedAt + configuredTimeout - Date.now(), 1) : void 0;
          if (this.meta.has("proxy_handler_" + protocol)) {
            return this.meta.get("proxy_handler_" + protocol)(proxy, options, callback);
          }
          switch (protocol) {
            // Connect using a HTTP CONNECT method
            case "http":
            case "https":
              http_proxy_client_default(proxy.href, options.port, options.host, connectionTimeout ? Object.assign({}, this.options.tls, { timeout: connectionTimeout }) : this.options.tls || {}, (err2, socket) => {
                if (err2) {
                  return callback(err2);
                }
                return callback(null, {
                  connection: socket
                });
              });
              return;
            case "socks":
            case "socks5":
            case "socks4":
            case "socks4a": {
              if (!this.meta.has("proxy_socks_module")) {
                let err2 = new Error("Socks module not loaded");
                err2.code = EPROXY;
                return callback(err2);
              }
              const connect = (ipaddress) => {
                const proxyV2 = !!this.meta.get("proxy_socks_module").SocksClient;
                const socksClient = proxyV2 ? this.meta.get("proxy_socks_module").SocksClient : this.meta.get("proxy_socks_module");
                const proxyType = Number(proxy.protocol.replace(/\D/g, "")) || 5;
                const connectionOpts = {
                  proxy: {
                    ipaddress,
                    port: Number(proxy.port),
                    type: proxyType
                  },
                  [proxyV2 ? "destination" : "target"]: {
                    host: options.host,
                    port: options.port
                  },
                  command: "connect"
                };
                if (connectionTimeout) {
                  connectionOpts.timeout = connectionTimeout;
                }
                if (proxy.username || proxy.password) {
                  const username = proxy.username || "";
                  const password = proxy.password || "";
                  if (proxyV2) {
                    connectionOpts.proxy.userId = username;
                    connectionOpts.proxy.password = password;
                  } else if (proxyType === 4) {
                    connectionOpts.userid = username;
                  } else {
                    connectionOpts.authentication = {
                      username,
                      password
                    };
                  }
                }
                socksClient.createConnection(connectionOpts, (err2, info) => {
                  if (err2) {
                    return callback(err2);
                  }
                  return callback(null, {
                    connection: info.socket || info
                  });
                });
              };
              if (import_node_net6.default.isIP(proxy.hostname)) {
                return connect(proxy.hostname);
              }
              return import_node_dns2.default.lookup(proxy.hostname, (err2, address) => {
                if (err2) {
                  return callback(err2);
                }
                connect(address);
              });
            }
          }
          let err = new Error("Unknown proxy configuration");
          err.code = EPROXY;
          callback(err);
        };
      }
      /** @internal */
      _convertDataImages(mail, callback) {
        if (!this.options.attachDataUrls && !mail.data.attachDataUrls || !mail.data.html) {
          return callback();
        }
        mail.resolveContent(mail.data, "html", { disableFileAccess: mail.data.disableFileAccess, disableUrlAccess: mail.data.disableUrlAccess }, (err, html) => {
          if (err) {
            return callback(err);
          }
          let cidCounter = 0;
          html = (html || "").toString().replace(/(<img\b[^<>]{0,1024} src\s{0,20}=[\s"']{0,20})(data:([^;"'<>\s]{1,255});[^"'>\s]+)/gi, (match, prefix, dataUri, mimeType) => {
            const cid = import_node_crypto6.default.randomBytes(10).toString("hex") + "@localhost";
            if (!mail.data.attachments) {
              mail.data.attachments = [];
            }
            if (!Array.isArray(mail.data.attachments)) {
              mail.data.attachments = [].concat(mail.data.attachments || []);
            }
            mail.data.attachments.push({
              path: dataUri,
              cid,
              filename: "image-" + ++cidCounter + "." + detectExtension(mimeType)
            });
            return prefix + "cid:" + cid;
          });
          mail.data.html = html;
          callback();
        });
      }
      set(key, value) {
        return this.meta.set(key, value);
      }
      get(key) {
        return this.meta.get(key);
      }
    };
    mailer_default = Mail;
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-connection/data-stream.js
var import_node_stream12, INSERT_LF, INSERT_LF_DOT, INSERT_CR, INSERT_DOT, DataStream;
var init_data_stream = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-connection/data-stream.js"() {
    import_node_stream12 = require("node:stream");
    INSERT_LF = Buffer.from("\n");
    INSERT_LF_DOT = Buffer.from("\n.");
    INSERT_CR = Buffer.from("\r");
    INSERT_DOT = Buffer.from(".");
    DataStream = class extends import_node_stream12.Transform {
      constructor(options) {
        super(options);
        this.options = options || {};
        this.inByteCount = 0;
        this.outByteCount = 0;
        this.lastByte = false;
      }
      /**
       * Escapes dots
       * @internal
       */
      _transform(chunk, encoding, done) {
        const chunks = [];
        let chunklen = 0;
        let i, len, lastPos = 0;
        let buf;
        if (!chunk || !chunk.length) {
          return done();
        }
        if (typeof chunk === "string") {
          chunk = Buffer.from(chunk);
        }
        this.inByteCount += chunk.length;
        for (i = 0, len = chunk.length; i < len; i++) {
          const byte = chunk[i];
          const prev = i ? chunk[i - 1] : this.lastByte;
          let insert = false;
          if (prev === 13 && byte !== 10) {
            insert = byte === 46 ? INSERT_LF_DOT : INSERT_LF;
          } else if (byte === 10 && prev !== 13) {
            insert = INSERT_CR;
          } else if (byte === 46 && (prev === 10 || prev === false)) {
            insert = INSERT_DOT;
          }
          if (insert) {
            if (i > lastPos) {
              buf = chunk.slice(lastPos, i);
              chunks.push(buf);
              chunklen += buf.length;
            }
            chunks.push(insert);
            chunklen += insert.length;
            lastPos = i;
          }
        }
        if (chunks.length) {
          if (lastPos < chunk.length) {
            buf = chunk.slice(lastPos);
            chunks.push(buf);
            chunklen += buf.length;
          }
          this.outByteCount += chunklen;
          this.push(Buffer.concat(chunks, chunklen));
        } else {
          this.outByteCount += chunk.length;
          this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
      }
      /**
       * Finalizes the stream with a dot on a single line
       * @internal
       */
      _flush(done) {
        let buf;
        if (this.lastByte === 10) {
          buf = Buffer.from(".\r\n");
        } else if (this.lastByte === 13) {
          buf = Buffer.from("\n.\r\n");
        } else {
          buf = Buffer.from("\r\n.\r\n");
        }
        this.outByteCount += buf.length;
        this.push(buf);
        done();
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-connection/server-message-id.js
function sesRegion(host) {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".");
  const domain = labels.slice(-2).join(".");
  if (domain !== "amazonaws.com" && domain !== "awsapps.com") {
    return void 0;
  }
  return labels.slice(0, -2).find((label2) => AWS_REGION.test(label2));
}
function parseServerMessageId(response, host) {
  const reply = (response || "").toString().trim();
  const outlook = reply.match(OUTLOOK_REPLY);
  if (outlook) {
    return outlook[1];
  }
  const ses = reply.match(SES_REPLY);
  if (ses && host) {
    const region = sesRegion(host);
    if (region) {
      return "<" + ses[1].toLowerCase() + "@" + (region === "us-east-1" ? "email" : region) + ".amazonses.com>";
    }
  }
  return void 0;
}
var OUTLOOK_REPLY, SES_REPLY, AWS_REGION;
var init_server_message_id = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-connection/server-message-id.js"() {
    OUTLOOK_REPLY = /^250 2\.0\.0 OK (<[^<>\s]+\.prod\.outlook\.com>)/i;
    SES_REPLY = /^250 Ok ([0-9a-f]+(?:-[0-9a-f]+)+)$/i;
    AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-connection/index.js
function shuffle(list) {
  const result = list.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
function timeoutError(message, timeoutType) {
  const err = new Error(message);
  err.timeoutType = timeoutType;
  return err;
}
function decodeServerResponse(str) {
  if (!str) {
    return str;
  }
  const utf8 = Buffer.from(str, "binary").toString("utf8");
  return utf8.includes("\uFFFD") ? str : utf8;
}
function isPartialResponse(str) {
  return isPartialLine(str.slice(str.lastIndexOf("\n") + 1));
}
function isPartialLine(line) {
  return /^\d+-/.test(line);
}
function maskAuthCommand(cmd) {
  const match = (cmd || "").toString().match(/^AUTH\s+[^\s]+/i);
  if (!match) {
    return "/* secret */";
  }
  return match[0].length === cmd.length ? cmd : match[0] + " /* secret */";
}
var import_node_events2, import_node_net7, import_node_tls2, import_node_os2, import_node_crypto7, import_node_stream13, CONNECTION_TIMEOUT, SOCKET_TIMEOUT, GREETING_TIMEOUT, DNS_TIMEOUT, CLOSE_TIMEOUT, KEEPALIVE_DELAY, TEARDOWN_NOOP, MAX_RESPONSE_SIZE, SMTPConnection, smtp_connection_default;
var init_smtp_connection = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-connection/index.js"() {
    init_package_info();
    import_node_events2 = require("node:events");
    import_node_net7 = __toESM(require("node:net"), 1);
    import_node_tls2 = __toESM(require("node:tls"), 1);
    import_node_os2 = __toESM(require("node:os"), 1);
    import_node_crypto7 = __toESM(require("node:crypto"), 1);
    init_data_stream();
    import_node_stream13 = require("node:stream");
    init_shared();
    init_server_message_id();
    init_errors();
    CONNECTION_TIMEOUT = 2 * 60 * 1e3;
    SOCKET_TIMEOUT = 10 * 60 * 1e3;
    GREETING_TIMEOUT = 30 * 1e3;
    DNS_TIMEOUT = 30 * 1e3;
    CLOSE_TIMEOUT = 5 * 1e3;
    KEEPALIVE_DELAY = 30 * 1e3;
    TEARDOWN_NOOP = () => {
    };
    MAX_RESPONSE_SIZE = 1024 * 1024;
    SMTPConnection = class extends import_node_events2.EventEmitter {
      constructor(options) {
        super(options);
        this.id = import_node_crypto7.default.randomBytes(8).toString("base64").replace(/\W/g, "");
        this.stage = "init";
        this.options = options || {};
        if (this.options.requireTLS && (this.options.ignoreTLS || this.options.opportunisticTLS)) {
          this.options = Object.assign({}, this.options, { ignoreTLS: false, opportunisticTLS: false });
        }
        this.secureConnection = !!this.options.secure;
        this.alreadySecured = !!this.options.secured;
        this.port = Number(this.options.port) || (this.secureConnection ? 465 : 587);
        this.host = this.options.host || "localhost";
        this.servername = this.options.servername ? this.options.servername : !import_node_net7.default.isIP(this.host) ? this.host : false;
        this.allowInternalNetworkInterfaces = this.options.allowInternalNetworkInterfaces || false;
        if (typeof this.options.secure === "undefined" && this.port === 465) {
          this.secureConnection = true;
        }
        this.name = (this.options.name || this._getHostname()).toString().replace(/[\r\n]+/g, "");
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-connection",
          sid: this.id
        });
        this.customAuth = /* @__PURE__ */ new Map();
        for (const key of Object.keys(this.options.customAuth || {})) {
          const mapKey = (key || "").toString().trim().toUpperCase();
          if (mapKey) {
            this.customAuth.set(mapKey, this.options.customAuth[key]);
          }
        }
        this.version = version;
        this.authenticated = false;
        this.destroyed = false;
        this.secure = !!this.secureConnection;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this.lastServerResponse = false;
        this._socket = false;
        this._supportedAuth = [];
        this.allowsAuth = false;
        this._envelope = false;
        this._supportedExtensions = [];
        this._maxAllowedSize = 0;
        this._responseActions = [];
        this._recipientQueue = [];
        this._phaseTimer = false;
        this._plaintextEhlo = false;
        this._destroyed = false;
        this._closing = false;
        this._currentDataStream = false;
        this._pendingSend = false;
        this._connectCallback = false;
        this._onSocketData = (chunk) => this._onData(chunk);
        this._onSocketError = (error2) => this._onError(error2, "ESOCKET", false, "CONN");
        this._onSocketClose = () => this._onClose();
        this._onSocketEnd = () => this._onEnd();
        this._onSocketTimeout = () => this._onTimeout();
        this._onConnectionSocketError = (err) => this._onError(err, "ESOCKET", false, "CONN");
      }
      /**
       * Creates a connection to a SMTP server and sets up connection
       * listener
       */
      connect(connectCallback) {
        if (this._connectCalled && !this._destroyed) {
          const err = this._formatError("Cannot connect - connect() was already called for this connection", "ECONNECTION", false, "API");
          if (typeof connectCallback === "function") {
            setImmediate(() => connectCallback(err));
            return;
          }
          this.logger.warn({ tnx: "smtp" }, "%s", err.message);
          return;
        }
        this._connectCalled = true;
        if (typeof connectCallback === "function") {
          this._connectCallback = connectCallback;
          this.once("connect", () => {
            this._connectCallback = false;
            this.logger.debug({
              tnx: "smtp"
            }, "SMTP handshake finished");
            connectCallback();
          });
          const isDestroyedMessage = this._isDestroyedMessage("connect");
          if (isDestroyedMessage) {
            return connectCallback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "CONN"));
          }
        }
        const connectionTimeout = this.options.connectionTimeout || CONNECTION_TIMEOUT;
        this._connectionDeadline = (this._connectStartedAt || Date.now()) + connectionTimeout;
        let opts = {
          port: this.port,
          host: this.host,
          allowInternalNetworkInterfaces: this.allowInternalNetworkInterfaces,
          timeout: Math.min(this.options.dnsTimeout || DNS_TIMEOUT, connectionTimeout)
        };
        if (this.options.localAddress) {
          opts.localAddress = this.options.localAddress;
        }
        if (this.options.connection) {
          this._socket = this.options.connection;
          this._setupConnectionHandlers();
          if (this.secureConnection && !this.alreadySecured) {
            setImmediate(() => this._upgradeConnection((err) => {
              if (err) {
                this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                return;
              }
              this._onConnect();
            }));
          } else {
            setImmediate(() => this._onConnect());
          }
          return;
        } else if (this.options.socket) {
          this._socket = this.options.socket;
          return this._resolveAndConnect(opts, (_resolved) => {
            if (this._destroyed || this._closing) {
              return;
            }
            try {
              this._socket.connect(this.port, this.host, () => {
                if (this.secureConnection && !this.alreadySecured) {
                  return this._upgradeConnection((err) => {
                    if (err) {
                      this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "CONN");
                      return;
                    }
                    this._onConnect();
                  });
                }
                this._onConnect();
              });
              this._setupConnectionHandlers();
            } catch (E) {
              setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
              return;
            }
          });
        } else {
          if (this.secureConnection) {
            Object.assign(opts, this.options.tls || {});
            if (this.servername && !opts.servername) {
              opts.servername = this.servername;
            }
          }
          return this._resolveAndConnect(opts, (resolved) => {
            let addresses = resolved._addresses || [];
            if (opts.localAddress) {
              const localFamily = import_node_net7.default.isIPv6(opts.localAddress) ? 6 : 4;
              const sameFamily = addresses.filter((addr) => import_node_net7.default.isIP(addr) === localFamily);
              addresses = sameFamily.length ? sameFamily : addresses;
            }
            if (addresses.length > 1) {
              const ipv6 = addresses.filter((addr) => import_node_net7.default.isIPv6(addr));
              const ipv4 = addresses.filter((addr) => !import_node_net7.default.isIPv6(addr));
              const ordered = shuffle(ipv6).concat(shuffle(ipv4));
              opts.host = this.host;
              opts.autoSelectFamily = true;
              if (!ipv6.length || !ipv4.length) {
                const remaining = this._connectionDeadline - Date.now();
                opts.autoSelectFamilyAttemptTimeout = Math.max(Math.floor(remaining / ordered.length), 10);
              }
              opts.lookup = ((hostname, lookupOptions, callback) => {
                if (lookupOptions && lookupOptions.all) {
                  const all = ordered.map((address) => ({ address, family: import_node_net7.default.isIPv6(address) ? 6 : 4 }));
                  return setImmediate(() => callback(null, all));
                }
                setImmediate(() => callback(null, ordered[0], import_node_net7.default.isIPv6(ordered[0]) ? 6 : 4));
              });
            } else if (addresses.length) {
              opts.host = addresses[0];
            }
            this._connectToHost(opts, this.secureConnection);
          });
        }
      }
      /**
       * Resolves the hostname and applies resolved values to opts,
       * then calls the provided callback with the resolved data
       *
       * @param opts Connection options (modified in place)
       * @param callback Called with resolved data on success
       * @internal
       */
      _resolveAndConnect(opts, callback) {
        return resolveHostname(opts, (err, resolved) => {
          if (err) {
            return setImmediate(() => this._onError(err, "EDNS", false, "CONN"));
          }
          this.logger.debug({
            tnx: "dns",
            source: opts.host,
            resolved: resolved.host,
            cached: !!resolved.cached
          }, "Resolved %s as %s [cache %s]", opts.host, resolved.host, resolved.cached ? "hit" : "miss");
          for (const key of Object.keys(resolved)) {
            if (key.charAt(0) !== "_" && resolved[key]) {
              opts[key] = resolved[key];
            }
          }
          callback(resolved);
        });
      }
      /**
       * Attempts to connect to the specified host address
       *
       * @param opts Connection options
       * @param secure Whether to use TLS
       * @internal
       */
      _connectToHost(opts, secure) {
        if (this._destroyed || this._closing) {
          return;
        }
        const connectFn = secure ? import_node_tls2.default.connect : import_node_net7.default.connect;
        try {
          this._socket = connectFn(opts, () => this._onConnect());
          this._setupConnectionHandlers();
        } catch (E) {
          setImmediate(() => this._onError(E, "ECONNECTION", false, "CONN"));
          return;
        }
      }
      /**
       * Sets up connection timeout and error handlers
       * @internal
       */
      _setupConnectionHandlers() {
        this._startPhase(Math.max((this._connectionDeadline || Date.now()) - Date.now(), 0), timeoutError("Connection timeout", "CONNECT_TIMEOUT"));
        this._socket.on("error", this._onConnectionSocketError);
      }
      /**
       * Starts the timer of a connection phase: connecting, waiting for the greeting or a TLS
       * upgrade. The phases follow one another, so starting one ends the one before
       *
       * @param timeout Time the phase may take
       * @param err Error to fail with when it takes longer
       * @internal
       */
      _startPhase(timeout, err) {
        this._clearPhase();
        this._phaseTimer = setTimeout(() => {
          this._phaseTimer = false;
          this._onError(err, "ETIMEDOUT", false, "CONN");
        }, timeout);
      }
      /**
       * Time the greeting or a STARTTLS upgrade may take: greetingTimeout, cut short by what is left
       * of connectionTimeout
       *
       * @internal
       */
      _remainingSetupTime() {
        return Math.min(this.options.greetingTimeout || GREETING_TIMEOUT, Math.max((this._connectionDeadline || Infinity) - Date.now(), 1));
      }
      /** @internal */
      _clearPhase() {
        clearTimeout(this._phaseTimer);
        this._phaseTimer = false;
      }
      /**
       * Sends QUIT
       */
      quit() {
        this._sendCommand("QUIT");
        this._responseActions.push(this.close);
      }
      /**
       * Closes the connection to the server
       */
      close() {
        this._clearPhase();
        this._responseActions = [];
        if (this._closing) {
          return;
        }
        this._closing = true;
        const configuredCloseTimeout = this.options.socketCloseTimeout;
        const socketCloseTimeout = typeof configuredCloseTimeout === "number" && Number.isFinite(configuredCloseTimeout) && configuredCloseTimeout >= 0 ? configuredCloseTimeout : CLOSE_TIMEOUT;
        const closeMethod = this.stage === "init" || socketCloseTimeout === 0 ? "destroy" : "end";
        this.logger.debug({
          tnx: "smtp"
        }, 'Closing connection to the server using "%s"', closeMethod);
        const socket = this._socket;
        if (this._currentDataStream) {
          try {
            this._currentDataStream.unpipe(this._socket);
          } catch (_E) {
          }
          this._currentDataStream = false;
        }
        if (this._pendingSend) {
          const { stream, onStreamError } = this._pendingSend;
          if (stream) {
            stream.removeListener("error", onStreamError);
            stream.on("error", TEARDOWN_NOOP);
            stream.destroy();
          }
          this._pendingSend = false;
        }
        if (socket && !socket.destroyed) {
          try {
            socket.setTimeout(0);
            socket.removeListener("data", this._onSocketData);
            socket.removeListener("timeout", this._onSocketTimeout);
            socket.removeListener("close", this._onSocketClose);
            socket.removeListener("end", this._onSocketEnd);
            socket.removeListener("error", this._onSocketError);
            socket.removeListener("error", this._onConnectionSocketError);
            socket.on("error", TEARDOWN_NOOP);
            socket[closeMethod]();
            if (closeMethod === "end") {
              const closeTimer = setTimeout(() => socket.destroy(), socketCloseTimeout);
              if (typeof closeTimer.unref === "function") {
                closeTimer.unref();
              }
              socket.once("close", () => clearTimeout(closeTimer));
            }
          } catch (_E) {
          }
        }
        this._destroy();
      }
      /**
       * Authenticate user
       */
      login(authData, callback) {
        const isDestroyedMessage = this._isDestroyedMessage("login");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._auth = authData || {};
        this._authMethod = (this._auth.method || "").toString().trim().toUpperCase() || false;
        const canUseXOAuth2 = !!this._auth.oauth2 || this.customAuth.has("XOAUTH2");
        if (!this._authMethod && this._auth.oauth2 && !this._auth.credentials) {
          this._authMethod = "XOAUTH2";
        } else if (!this._authMethod || this._authMethod === "XOAUTH2" && !this._auth.oauth2) {
          const supported = this._supportedAuth.find((method) => method !== "XOAUTH2" || canUseXOAuth2);
          this._authMethod = (supported || "PLAIN").toUpperCase().trim();
        }
        if ((this._authMethod !== "XOAUTH2" || this.customAuth.has("XOAUTH2")) && (!this._auth.credentials || !this._auth.credentials.user || !this._auth.credentials.pass)) {
          if (this._auth.user && this._auth.pass || this.customAuth.has(this._authMethod)) {
            this._auth.credentials = {
              user: this._auth.user,
              pass: this._auth.pass,
              options: this._auth.options
            };
          } else {
            return callback(this._formatError('Missing credentials for "' + this._authMethod + '"', "EAUTH", false, "API"));
          }
        }
        if (this.customAuth.has(this._authMethod)) {
          const handler = this.customAuth.get(this._authMethod);
          let lastResponse;
          let returned = false;
          const resolve4 = () => {
            if (returned) {
              return;
            }
            returned = true;
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authenticated",
              method: this._authMethod
            }, "User %s authenticated", JSON.stringify(this._auth.user));
            this.authenticated = true;
            callback(null, true);
          };
          const reject = (err) => {
            if (returned) {
              return;
            }
            returned = true;
            callback(this._formatError(err, "EAUTH", lastResponse, "AUTH " + this._authMethod));
          };
          const sendCommand = (cmd, done) => {
            let promise;
            if (!done) {
              promise = new Promise((resolve5, reject2) => {
                done = callbackPromise(resolve5, reject2);
              });
            }
            this._responseActions.push((str) => {
              lastResponse = str;
              let codes = str.match(/^(\d+)(?:\s(\d+\.\d+\.\d+))?\s/);
              let data = {
                command: cmd,
                response: str
              };
              if (codes) {
                data.status = Number(codes[1]) || 0;
                if (codes[2]) {
                  data.code = codes[2];
                }
                data.text = str.substr(codes[0].length);
              } else {
                data.text = str;
                data.status = 0;
              }
              done(null, data);
            });
            setImmediate(() => this._sendCommand(cmd, maskAuthCommand(cmd)));
            return promise;
          };
          const handlerResponse = handler({
            auth: this._auth,
            method: this._authMethod,
            extensions: [].concat(this._supportedExtensions),
            authMethods: [].concat(this._supportedAuth),
            maxAllowedSize: this._maxAllowedSize || false,
            sendCommand,
            resolve: resolve4,
            reject
          });
          if (handlerResponse && typeof handlerResponse.catch === "function") {
            handlerResponse.then(resolve4).catch(reject);
          }
          return;
        }
        switch (this._authMethod) {
          case "XOAUTH2":
            this._handleXOauth2Token(false, callback);
            return;
          case "LOGIN":
            this._responseActions.push((str) => {
              this._actionAUTH_LOGIN_USER(str, callback);
            });
            this._sendCommand("AUTH LOGIN");
            return;
          case "PLAIN":
            this._responseActions.push((str) => {
              this._actionAUTHComplete(str, callback);
            });
            this._sendCommand(
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0" + this._auth.credentials.pass,
                "utf-8"
              ).toString("base64"),
              // log entry without passwords
              "AUTH PLAIN " + Buffer.from(
                //this._auth.user+'\u0000'+
                "\0" + // skip authorization identity as it causes problems with some servers
                this._auth.credentials.user + "\0/* secret */",
                "utf-8"
              ).toString("base64")
            );
            return;
          case "CRAM-MD5":
            this._responseActions.push((str) => {
              this._actionAUTH_CRAM_MD5(str, callback);
            });
            this._sendCommand("AUTH CRAM-MD5");
            return;
        }
        return callback(this._formatError('Unknown authentication method "' + this._authMethod + '"', "EAUTH", false, "API"));
      }
      /**
       * Sends a message
       *
       * @param envelope Envelope object, {from: addr, to: [addr]}
       * @param message String, Buffer or a Stream
       * @param done Callback to return once sending is completed
       */
      send(envelope, message, done) {
        let returned = false;
        const callback = (err, info) => {
          if (returned) {
            return;
          }
          returned = true;
          if (this._pendingSend && this._pendingSend.callback === callback) {
            this._pendingSend = false;
          }
          done(err, info);
        };
        if (!message) {
          return callback(this._formatError("Empty message", "EMESSAGE", false, "API"));
        }
        const isDestroyedMessage = this._isDestroyedMessage("send message");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        if (this._maxAllowedSize && envelope.size > this._maxAllowedSize) {
          setImmediate(() => {
            callback(this._formatError("Message size larger than allowed " + this._maxAllowedSize, "EMESSAGE", false, "MAIL FROM"));
          });
          return;
        }
        const pendingSend = {
          callback,
          stream: false,
          onStreamError: (err) => callback(this._formatError(err, "ESTREAM", false, "API"))
        };
        if (typeof message.on === "function") {
          pendingSend.stream = message;
          pendingSend.stream.on("error", pendingSend.onStreamError);
        }
        this._pendingSend = pendingSend;
        const startTime = Date.now();
        this._setEnvelope(envelope, (err, info) => {
          if (err) {
            if (typeof message.destroy === "function") {
              message.destroy();
            }
            return callback(err);
          }
          const envelopeTime = Date.now();
          const stream = this._createSendStream((err2, str) => {
            if (err2) {
              return callback(err2);
            }
            const result = info;
            result.envelopeTime = envelopeTime - startTime;
            result.messageTime = Date.now() - envelopeTime;
            result.messageSize = stream.outByteCount;
            result.response = str;
            const serverMessageId = parseServerMessageId(result.response, this.options.host);
            if (serverMessageId) {
              result.serverMessageId = serverMessageId;
            }
            const rejectedErrors = this._envelope?.rejectedErrors;
            if (!result.rejectedErrors && rejectedErrors && rejectedErrors.length) {
              result.rejectedErrors = rejectedErrors;
            }
            return callback(null, result);
          });
          if (typeof message.pipe === "function") {
            message.pipe(stream);
          } else {
            stream.write(message);
            stream.end();
          }
        });
      }
      /**
       * Resets connection state
       *
       * @param callback Callback to return once connection is reset
       */
      reset(callback) {
        const isDestroyedMessage = this._isDestroyedMessage("reset");
        if (isDestroyedMessage) {
          return callback(this._formatError(isDestroyedMessage, "ECONNECTION", false, "API"));
        }
        this._sendCommand("RSET");
        this._responseActions.push((str) => {
          if (str.charAt(0) !== "2") {
            return callback(this._formatError("Could not reset session state. response=" + str, "EPROTOCOL", str, "RSET"));
          }
          this._envelope = false;
          return callback(null, true);
        });
      }
      /**
       * Connection listener that is run when the connection to
       * the server is opened
       *
       * @event
       * @internal
       */
      _onConnect() {
        const socket = this._socket;
        this._clearPhase();
        this.logger.info({
          tnx: "network",
          localAddress: socket.localAddress,
          localPort: socket.localPort,
          remoteAddress: socket.remoteAddress,
          remotePort: socket.remotePort
        }, "%s established to %s:%s", this.secure ? "Secure connection" : "Connection", socket.remoteAddress, socket.remotePort);
        if (this._destroyed) {
          this.close();
          return;
        }
        this.stage = "connected";
        socket.removeListener("data", this._onSocketData);
        socket.removeListener("timeout", this._onSocketTimeout);
        socket.removeListener("close", this._onSocketClose);
        socket.removeListener("end", this._onSocketEnd);
        socket.removeListener("error", this._onConnectionSocketError);
        socket.removeListener("error", this._onSocketError);
        socket.on("error", this._onSocketError);
        socket.on("data", this._onSocketData);
        socket.once("close", this._onSocketClose);
        socket.once("end", this._onSocketEnd);
        socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        socket.on("timeout", this._onSocketTimeout);
        if (typeof socket.setKeepAlive === "function") {
          socket.setKeepAlive(true, KEEPALIVE_DELAY);
        }
        if (typeof socket.setNoDelay === "function") {
          socket.setNoDelay(true);
        }
        this._startPhase(this._remainingSetupTime(), timeoutError("Greeting never received", "GREETING_TIMEOUT"));
        this._responseActions.push(this._actionGreeting);
        socket.resume();
      }
      /**
       * Ends the session after a 421 reply. The replies queued for commands sent along with the
       * answered one are not going to come, so the message in flight is failed here
       *
       * @param str The 421 reply
       * @internal
       */
      _onServerClosing(str) {
        if (this._destroyed) {
          return;
        }
        const pendingSend = this._pendingSend;
        const envelope = this._envelope;
        this._responseActions = [];
        this.close();
        if (pendingSend) {
          pendingSend.callback(envelope && envelope.mailError || this._formatError("Server closed the connection", "ECONNECTION", str, "CONN"));
        }
      }
      /**
       * 'data' listener for data coming from the server
       *
       * @event
       * @param chunk Data chunk coming from the server
       * @internal
       */
      _onData(chunk) {
        if (this._destroyed || !chunk || !chunk.length) {
          return;
        }
        const maxResponseSize = this.options.maxResponseSize || MAX_RESPONSE_SIZE;
        const data = chunk.toString("binary");
        if (!data.includes("\n")) {
          this._remainder += data;
          if (this._remainder.length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
          return;
        }
        const lines = (this._remainder + data).split(/\r?\n/);
        this._remainder = lines.pop();
        for (let i = 0, len = lines.length; i < len; i++) {
          if (this._responsePartial) {
            this._responseQueue[this._responseQueue.length - 1] += "\n" + lines[i];
          } else {
            this._responseQueue.push(lines[i]);
          }
          this._responsePartial = isPartialLine(lines[i]);
          if (this._responsePartial && this._responseQueue[this._responseQueue.length - 1].length > maxResponseSize) {
            return this._onResponseTooLarge();
          }
        }
        if (this._remainder.length > maxResponseSize) {
          return this._onResponseTooLarge();
        }
        if (this._responsePartial) {
          return;
        }
        this._processResponse();
      }
      /**
       * Drops a connection whose peer keeps extending a reply it never completes, releasing
       * whatever was buffered for that reply
       * @internal
       */
      _onResponseTooLarge() {
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        this._onError(new Error("Server response exceeds maximum allowed size"), "EPROTOCOL", false, "CONN");
      }
      /**
       * 'error' listener for the socket
       *
       * @event
       * @param err Error object
       * @param type Error name
       * @param data Server response that triggered the error, false if there is none
       * @param command SMTP command that was in flight
       * @internal
       */
      _onError(err, type, data, command) {
        this._clearPhase();
        if (this._destroyed) {
          return;
        }
        err = this._formatError(err, type, data, command);
        if (isTransientError(err)) {
          this.logger.warn({ tnx: "smtp", err }, "%s", err.message);
        } else {
          this.logger.error({ tnx: "smtp", err }, "%s", err.message);
        }
        const pendingSend = this._pendingSend;
        this.emit("error", err);
        this.close();
        if (pendingSend) {
          pendingSend.callback(err);
        }
      }
      /** @internal */
      _formatError(message, type, response, command) {
        let err;
        if (/Error\]$/i.test(Object.prototype.toString.call(message))) {
          err = message;
        } else {
          err = new Error(message);
        }
        if (type && type !== "Error" && err.code !== ERR_ACCESS_DENIED) {
          if (err.code && err.code !== type && !err.originalCode) {
            err.originalCode = err.code;
          }
          err.code = type;
        }
        if (response) {
          err.response = response;
          err.message += ": " + response;
        }
        const responseCode = typeof response === "string" && Number((response.match(/^\d+/) || [])[0]) || false;
        if (responseCode) {
          err.responseCode = responseCode;
          err.permanent = isPermanentResponseCode(responseCode);
        }
        if (command) {
          err.command = command;
        }
        return err;
      }
      /**
       * 'close' listener for the socket
       *
       * @event
       * @internal
       */
      _onClose() {
        let serverResponse = false;
        if (this._remainder && this._remainder.trim()) {
          this.lastServerResponse = serverResponse = decodeServerResponse(this._remainder.trim());
          if (this.options.debug || this.options.transactionLog) {
            this.logger.debug({
              tnx: "server"
            }, serverResponse);
          }
        }
        this.logger.info({
          tnx: "network"
        }, "Connection closed");
        const failureResponse = typeof serverResponse === "string" && /^[45]\d{2}[ -]/.test(serverResponse) ? serverResponse : false;
        if (this.upgrading && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ETLS", failureResponse, "CONN");
        }
        if (!failureResponse && this._responseActions[0] === this._actionGreeting && this._connectCallback && !this._destroyed) {
          const connectCallback = this._connectCallback;
          this._connectCallback = false;
          const err = this._formatError(new Error("Connection closed unexpectedly"), "ECONNECTION", false, "CONN");
          this.logger.warn({ tnx: "network" }, err.message);
          connectCallback(err);
          this.close();
          return;
        }
        if (!failureResponse && this.stage === "connected" && !this._responseActions.length && !this._pendingSend && !this._destroyed && !this._closing) {
          this.logger.info({
            tnx: "network"
          }, "Server closed the idle connection");
          return this._destroy();
        }
        if (failureResponse || this._responseActions[0] !== this.close && !this._destroyed) {
          return this._onError(new Error("Connection closed unexpectedly"), "ECONNECTION", failureResponse, "CONN");
        }
        this._destroy();
      }
      /**
       * 'end' listener for the socket
       *
       * @event
       * @internal
       */
      _onEnd() {
        if (this._socket && !this._socket.destroyed) {
          this._socket.end();
        }
      }
      /**
       * 'timeout' listener for the socket
       *
       * @event
       * @internal
       */
      _onTimeout() {
        return this._onError(timeoutError("Timeout", "SOCKET_TIMEOUT"), "ETIMEDOUT", false, "CONN");
      }
      /**
       * Destroys the client, emits 'end'
       * @internal
       */
      _destroy() {
        if (this._destroyed) {
          return;
        }
        this._destroyed = true;
        this.destroyed = true;
        this._clearPhase();
        this.emit("end");
      }
      /**
       * Upgrades the connection to TLS
       *
       * @param callback Callback function to run when the connection
       *        has been secured
       * @internal
       */
      _upgradeConnection(callback) {
        if (this._destroyed || this._closing) {
          return;
        }
        const discarded = this._remainder.length + this._responseQueue.reduce((total, response) => total + response.length, 0);
        if (discarded) {
          this.logger.warn({
            tnx: "smtp",
            discarded
          }, "Discarded %s bytes received in plaintext after the STARTTLS response", discarded);
        }
        this._plaintextEhlo = false;
        this._remainder = "";
        this._responseQueue = [];
        this._responsePartial = false;
        const socketPlain = this._socket;
        socketPlain.removeListener("data", this._onSocketData);
        socketPlain.removeListener("timeout", this._onSocketTimeout);
        socketPlain.setTimeout(0);
        const opts = Object.assign({
          socket: socketPlain,
          host: this.host
        }, this.options.tls || {});
        if (this.servername && !opts.servername) {
          opts.servername = this.servername;
        }
        const removePlainSocketListeners = () => {
          socketPlain.removeListener("close", this._onSocketClose);
          socketPlain.removeListener("end", this._onSocketEnd);
          socketPlain.removeListener("error", this._onSocketError);
          socketPlain.removeListener("error", this._onConnectionSocketError);
        };
        this.upgrading = true;
        this._startPhase(this._remainingSetupTime(), timeoutError("TLS handshake timed out", "UPGRADE_TIMEOUT"));
        try {
          this._socket = import_node_tls2.default.connect(opts, () => {
            this._clearPhase();
            this.secure = true;
            this.upgrading = false;
            this._socket.on("data", this._onSocketData);
            removePlainSocketListeners();
            return callback(null, true);
          });
        } catch (err) {
          this._clearPhase();
          removePlainSocketListeners();
          return callback(err);
        }
        this._socket.on("error", this._onSocketError);
        this._socket.once("close", this._onSocketClose);
        this._socket.once("end", this._onSocketEnd);
        this._socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        this._socket.on("timeout", this._onSocketTimeout);
        socketPlain.resume();
      }
      /**
       * Processes queued responses from the server
       * @internal
       */
      _processResponse() {
        if (!this._responseQueue.length) {
          return false;
        }
        const raw = (this._responseQueue.shift() || "").toString();
        if (!raw.trim()) {
          setImmediate(() => this._processResponse());
          return;
        }
        if (isPartialResponse(raw)) {
          this._responseQueue.unshift(raw);
          return;
        }
        const str = this.lastServerResponse = decodeServerResponse(raw);
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "server"
          }, str.replace(/\r?\n$/, ""));
        }
        const action = this._responseActions.shift();
        const closing = /^421[ -]/.test(str);
        if (typeof action === "function") {
          action.call(this, str);
          if (closing) {
            return this._onServerClosing(str);
          }
          setImmediate(() => this._processResponse());
        } else if (closing && !this._pendingSend && this.stage === "connected") {
          this.logger.info({
            tnx: "smtp"
          }, "Server closed the idle connection: %s", str);
          this.close();
        } else {
          return this._onError(new Error("Unexpected Response"), "EPROTOCOL", str, "CONN");
        }
      }
      /**
       * Send a command to the server, append \r\n
       *
       * @param str String to be sent to the server
       * @param logStr Optional string to be used for logging instead of the actual string
       * @internal
       */
      _sendCommand(str, logStr) {
        if (this._destroyed) {
          return;
        }
        const socket = this._socket;
        if (socket.destroyed) {
          return this.close();
        }
        if (this.options.debug || this.options.transactionLog) {
          this.logger.debug({
            tnx: "client"
          }, (logStr || str || "").toString().replace(/\r?\n$/, ""));
        }
        socket.write(Buffer.from(str + "\r\n", "utf-8"));
      }
      /**
       * Initiates a new message by submitting envelope data, starting with
       * MAIL FROM: command
       *
       * @param envelope Envelope object in the form of
       *        {from:'...', to:['...']}
       *        or
       *        {from:{address:'...',name:'...'}, to:[address:'...',name:'...']}
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _setEnvelope(envelope, callback) {
        const args = [];
        let useSmtpUtf8 = false;
        this._envelope = envelope || {};
        this._envelope.from = (this._envelope.from && this._envelope.from.address || this._envelope.from || "").toString().trim();
        this._envelope.to = [].concat(this._envelope.to || []).map((to) => (to && to.address || to || "").toString().trim());
        if (!this._envelope.to.length) {
          return callback(this._formatError("No recipients defined", "EENVELOPE", false, "API"));
        }
        if (this._envelope.from && /[\r\n<>]/.test(this._envelope.from)) {
          return callback(this._formatError("Invalid sender " + JSON.stringify(this._envelope.from), "EENVELOPE", false, "API"));
        }
        if (/[\x80-\uFFFF]/.test(this._envelope.from)) {
          useSmtpUtf8 = true;
        }
        for (let i = 0, len = this._envelope.to.length; i < len; i++) {
          if (!this._envelope.to[i] || /[\r\n<>]/.test(this._envelope.to[i])) {
            return callback(this._formatError("Invalid recipient " + JSON.stringify(this._envelope.to[i]), "EENVELOPE", false, "API"));
          }
          if (/[\x80-\uFFFF]/.test(this._envelope.to[i])) {
            useSmtpUtf8 = true;
          }
        }
        this._envelope.rcptQueue = [].concat(this._envelope.to || []);
        this._envelope.rejected = [];
        this._envelope.rejectedErrors = [];
        this._envelope.accepted = [];
        if (this._envelope.dsn) {
          try {
            this._envelope.dsn = this._setDsnEnvelope(this._envelope.dsn);
          } catch (err) {
            return callback(this._formatError("Invalid DSN " + err.message, "EENVELOPE", false, "API"));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          if (!this.secure) {
            return callback(this._formatError("REQUIRETLS can only be used over TLS connections (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
          if (!this._supportedExtensions.includes("REQUIRETLS")) {
            return callback(this._formatError("Server does not support REQUIRETLS extension (RFC 8689)", "EREQUIRETLS", false, "MAIL FROM"));
          }
        }
        this._envelope.pipelined = this._supportedExtensions.includes("PIPELINING");
        this._responseActions.push((str) => {
          this._actionMAIL(str, callback);
        });
        if (useSmtpUtf8 && this._supportedExtensions.includes("SMTPUTF8")) {
          args.push("SMTPUTF8");
          this._usingSmtpUtf8 = true;
        }
        if (this._envelope.use8BitMime && this._supportedExtensions.includes("8BITMIME")) {
          args.push("BODY=8BITMIME");
          this._using8BitMime = true;
        }
        if (this._envelope.size && this._supportedExtensions.includes("SIZE")) {
          const sizeValue = Number(this._envelope.size) || 0;
          if (sizeValue > 0) {
            args.push("SIZE=" + sizeValue);
          }
        }
        if (this._envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (this._envelope.dsn.ret) {
            args.push("RET=" + encodeXText(this._envelope.dsn.ret));
          }
          if (this._envelope.dsn.envid) {
            args.push("ENVID=" + encodeXText(this._envelope.dsn.envid));
          }
        }
        if (this._envelope.requireTLSExtensionEnabled) {
          args.push("REQUIRETLS");
        }
        const mailFrom = "MAIL FROM:<" + this._envelope.from + ">" + (args.length ? " " + args.join(" ") : "");
        this._recipientQueue = [];
        if (!this._envelope.pipelined) {
          this._sendCommand(mailFrom);
          return;
        }
        const socket = this._socket;
        socket.cork();
        this._sendCommand(mailFrom);
        while (this._envelope.rcptQueue.length) {
          this._sendRcpt(this._envelope.rcptQueue.shift(), callback);
        }
        this._responseActions.push((str) => {
          this._actionDATA(str, callback);
        });
        this._sendCommand("DATA");
        socket.uncork();
      }
      /**
       * Sends RCPT TO for a recipient and queues the handler for the reply
       *
       * @param recipient Recipient address
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _sendRcpt(recipient, callback) {
        this._recipientQueue.push(recipient);
        this._responseActions.push((str) => {
          this._actionRCPT(str, callback);
        });
        this._sendCommand("RCPT TO:<" + recipient + ">" + this._getDsnRcptToArgs());
      }
      /** @internal */
      _setDsnEnvelope(params) {
        let ret = (params.ret || params.return || "").toString().toUpperCase() || null;
        if (ret) {
          switch (ret) {
            case "HDRS":
            case "HEADERS":
              ret = "HDRS";
              break;
            case "FULL":
            case "BODY":
              ret = "FULL";
              break;
          }
        }
        if (ret && !["FULL", "HDRS"].includes(ret)) {
          throw new Error("ret: " + JSON.stringify(ret));
        }
        const envid = (params.envid || params.id || "").toString() || null;
        let notify = params.notify || null;
        if (notify) {
          if (typeof notify === "string") {
            notify = notify.split(",");
          }
          notify = notify.map((n) => n.trim().toUpperCase());
          const validNotify = ["NEVER", "SUCCESS", "FAILURE", "DELAY"];
          const invalidNotify = notify.filter((n) => !validNotify.includes(n));
          if (invalidNotify.length || notify.length > 1 && notify.includes("NEVER")) {
            throw new Error("notify: " + JSON.stringify(notify.join(",")));
          }
          notify = notify.join(",");
        }
        let orcpt = (params.recipient || params.orcpt || "").toString() || null;
        if (orcpt && orcpt.indexOf(";") < 0) {
          orcpt = "rfc822;" + orcpt;
        }
        return {
          ret,
          envid,
          notify,
          orcpt
        };
      }
      /** @internal */
      _getDsnRcptToArgs() {
        const envelope = this._envelope;
        const args = [];
        if (envelope.dsn && this._supportedExtensions.includes("DSN")) {
          if (envelope.dsn.notify) {
            args.push("NOTIFY=" + encodeXText(envelope.dsn.notify));
          }
          if (envelope.dsn.orcpt) {
            args.push("ORCPT=" + encodeXText(envelope.dsn.orcpt));
          }
        }
        return args.length ? " " + args.join(" ") : "";
      }
      /** @internal */
      _createSendStream(callback) {
        const envelope = this._envelope;
        const dataStream = new DataStream();
        if (this.options.lmtp) {
          envelope.accepted.forEach((recipient, i) => {
            const final = i === envelope.accepted.length - 1;
            this._responseActions.push((str) => {
              this._actionLMTPStream(recipient, final, str, callback);
            });
          });
        } else {
          this._responseActions.push((str) => {
            this._actionSMTPStream(str, callback);
          });
        }
        this._currentDataStream = dataStream;
        dataStream.pipe(this._socket, {
          end: false
        });
        if (this.options.debug) {
          const logStream = new import_node_stream13.PassThrough();
          logStream.on("readable", () => {
            let chunk;
            while (chunk = logStream.read()) {
              this.logger.debug({
                tnx: "message"
              }, chunk.toString("binary").replace(/\r?\n$/, ""));
            }
          });
          dataStream.pipe(logStream);
        }
        dataStream.once("end", () => {
          if (this._currentDataStream === dataStream) {
            this._currentDataStream = false;
          }
          this.logger.info({
            tnx: "message",
            inByteCount: dataStream.inByteCount,
            outByteCount: dataStream.outByteCount
          }, "<%s bytes encoded mime message (source size %s bytes)>", dataStream.outByteCount, dataStream.inByteCount);
        });
        return dataStream;
      }
      /** ACTIONS **/
      /**
       * Will be run after the connection is created and the server sends
       * a greeting. If the incoming message starts with 220 initiate
       * SMTP session by sending EHLO command
       *
       * @param str Message from the server
       * @internal
       */
      _actionGreeting(str) {
        this._clearPhase();
        if (str.substr(0, 3) !== "220") {
          this._onError(new Error("Invalid greeting. response=" + str), "EPROTOCOL", str, "CONN");
          return;
        }
        if (this.options.lmtp) {
          this._responseActions.push(this._actionLHLO);
          this._sendCommand("LHLO " + this.name);
        } else {
          this._responseActions.push(this._actionEHLO);
          this._sendCommand("EHLO " + this.name);
        }
      }
      /**
       * Handles server response for LHLO command. If it yielded in
       * error, emit 'error', otherwise treat this as an EHLO response
       *
       * @param str Message from the server
       * @internal
       */
      _actionLHLO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid LHLO. response=" + str), "EPROTOCOL", str, "LHLO");
          return;
        }
        this._actionEHLO(str);
      }
      /**
       * Handles server response for EHLO command. If it yielded in
       * error, try HELO instead, otherwise initiate TLS negotiation
       * if STARTTLS is supported by the server or move into the
       * authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionEHLO(str) {
        if (str.substr(0, 3) === "421") {
          this._onError(new Error("Server terminates connection. response=" + str), "ECONNECTION", str, "EHLO");
          return;
        }
        if (str.charAt(0) !== "2") {
          if (this.options.requireTLS) {
            this._onError(new Error("EHLO failed but HELO does not support required STARTTLS. response=" + str), "ECONNECTION", str, "EHLO");
            return;
          }
          this._responseActions.push(this._actionHELO);
          this._sendCommand("HELO " + this.name);
          return;
        }
        if (!this.secure && !this.options.ignoreTLS && (/[ -]STARTTLS\b/im.test(str) || this.options.requireTLS)) {
          this._plaintextEhlo = str;
          this._sendCommand("STARTTLS");
          this._responseActions.push(this._actionSTARTTLS);
          return;
        }
        this._parseEhloExtensions(str);
        this.emit("connect");
      }
      /**
       * Reads the extensions and the authentication mechanisms out of an EHLO response
       *
       * @param str EHLO response from the server
       * @internal
       */
      _parseEhloExtensions(str) {
        let match;
        this._ehloLines = str.split(/\r?\n/).map((line) => line.replace(/^\d+[ -]/, "").trim()).filter((line) => line).slice(1);
        if (/[ -]SMTPUTF8\b/im.test(str)) {
          this._supportedExtensions.push("SMTPUTF8");
        }
        if (/[ -]DSN\b/im.test(str)) {
          this._supportedExtensions.push("DSN");
        }
        if (/[ -]8BITMIME\b/im.test(str)) {
          this._supportedExtensions.push("8BITMIME");
        }
        if (/[ -]REQUIRETLS\b/im.test(str)) {
          this._supportedExtensions.push("REQUIRETLS");
        }
        if (/[ -]PIPELINING\b/im.test(str)) {
          this._supportedExtensions.push("PIPELINING");
        }
        if (/[ -]AUTH\b/i.test(str)) {
          this.allowsAuth = true;
        }
        const authMechanisms = /* @__PURE__ */ new Set();
        for (const line of this._ehloLines) {
          const authMatch = /^AUTH[\s=](.*)/i.exec(line);
          if (authMatch) {
            for (const mechanism of authMatch[1].split(/[\s=]+/)) {
              authMechanisms.add(mechanism.toUpperCase());
            }
          }
        }
        for (const mechanism of ["PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"]) {
          if (authMechanisms.has(mechanism)) {
            this._supportedAuth.push(mechanism);
          }
        }
        if (match = str.match(/[ -]SIZE(?:[ \t]+(\d+))?/im)) {
          this._supportedExtensions.push("SIZE");
          this._maxAllowedSize = Number(match[1]) || 0;
        }
      }
      /**
       * Handles server response for HELO command. If it yielded in
       * error, emit 'error', otherwise move into the authentication phase.
       *
       * @param str Message from the server
       * @internal
       */
      _actionHELO(str) {
        if (str.charAt(0) !== "2") {
          this._onError(new Error("Invalid HELO. response=" + str), "EPROTOCOL", str, "HELO");
          return;
        }
        this.allowsAuth = true;
        this.emit("connect");
      }
      /**
       * Handles server response for STARTTLS command. If there's an error
       * try HELO instead, otherwise initiate TLS upgrade. If the upgrade
       * succeedes restart the EHLO
       *
       * @param str Message from the server
       * @internal
       */
      _actionSTARTTLS(str) {
        if (str.charAt(0) !== "2") {
          if (this.options.opportunisticTLS) {
            this.logger.info({
              tnx: "smtp"
            }, "Failed STARTTLS upgrade, continuing unencrypted");
            if (this._plaintextEhlo) {
              this._parseEhloExtensions(this._plaintextEhlo);
              this._plaintextEhlo = false;
              this.allowsAuth = false;
              this._supportedAuth = [];
            }
            this.emit("connect");
            return;
          }
          this._onError(new Error("Error upgrading connection with STARTTLS"), "ETLS", str, "STARTTLS");
          return;
        }
        this._upgradeConnection((err, secured) => {
          if (err) {
            this._onError(new Error("Error initiating TLS - " + (err.message || err)), "ETLS", false, "STARTTLS");
            return;
          }
          this.logger.info({
            tnx: "smtp"
          }, "Connection upgraded with STARTTLS");
          if (secured) {
            if (this.options.lmtp) {
              this._responseActions.push(this._actionLHLO);
              this._sendCommand("LHLO " + this.name);
            } else {
              this._responseActions.push(this._actionEHLO);
              this._sendCommand("EHLO " + this.name);
            }
          } else {
            this.emit("connect");
          }
        });
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 VXNlcm5hbWU6' (base64 for 'Username:'). Data to be sent as
       * response needs to be base64 encoded username. We do not need
       * exact match but settle with 334 response in general as some
       * hosts invalidly use a longer message than VXNlcm5hbWU6
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_USER(str, callback) {
        if (!/^334[ -]/.test(str)) {
          callback(this._formatError('Invalid login sequence while waiting for "334 VXNlcm5hbWU6"', "EAUTH", str, "AUTH LOGIN"));
          return;
        }
        this._responseActions.push((str2) => {
          this._actionAUTH_LOGIN_PASS(str2, callback);
        });
        this._sendCommand(Buffer.from(this._auth.credentials.user + "", "utf-8").toString("base64"));
      }
      /**
       * Handle the response for AUTH CRAM-MD5 command. We are expecting
       * '334 <challenge string>'. Data to be sent as response needs to be
       * base64 decoded challenge string, MD5 hashed using the password as
       * a HMAC key, prefixed by the username and a space, and finally all
       * base64 encoded again.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5(str, callback) {
        const challengeMatch = str.match(/^334\s+(.+)$/);
        if (!challengeMatch) {
          return callback(this._formatError("Invalid login sequence while waiting for server challenge string", "EAUTH", str, "AUTH CRAM-MD5"));
        }
        const base64decoded = Buffer.from(challengeMatch[1], "base64").toString("ascii");
        const hmacMD5 = import_node_crypto7.default.createHmac("md5", this._auth.credentials.pass);
        hmacMD5.update(base64decoded);
        const prepended = this._auth.credentials.user + " " + hmacMD5.digest("hex");
        this._responseActions.push((str2) => {
          this._actionAUTH_CRAM_MD5_PASS(str2, callback);
        });
        this._sendCommand(
          Buffer.from(prepended).toString("base64"),
          // hidden hash for logs
          Buffer.from(this._auth.credentials.user + " /* secret */").toString("base64")
        );
      }
      /**
       * Handles the response to CRAM-MD5 authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_CRAM_MD5_PASS(str, callback) {
        if (!str.match(/^235\s+/)) {
          return callback(this._formatError('Invalid login sequence while waiting for "235"', "EAUTH", str, "AUTH CRAM-MD5"));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle the response for AUTH LOGIN command. We are expecting
       * '334 UGFzc3dvcmQ6' (base64 for 'Password:'). Data to be sent as
       * response needs to be base64 encoded password.
       *
       * @param str Message from the server
       * @param callback Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTH_LOGIN_PASS(str, callback) {
        if (!/^334[ -]/.test(str)) {
          return callback(this._formatError('Invalid login sequence while waiting for "334 UGFzc3dvcmQ6"', "EAUTH", str, "AUTH LOGIN"));
        }
        this._responseActions.push((str2) => {
          this._actionAUTHComplete(str2, callback);
        });
        this._sendCommand(
          Buffer.from((this._auth.credentials.pass || "").toString(), "utf-8").toString("base64"),
          // Hidden pass for logs
          Buffer.from("/* secret */", "utf-8").toString("base64")
        );
      }
      /**
       * Handles the response for authentication, if there's no error,
       * the user can be considered logged in. Start waiting for a message to send
       *
       * @param str Message from the server
       * @param isRetry True if this is a retry after a failed login, or the callback itself
       * @param [callback] Callback to run once the authentication sequence completes
       * @internal
       */
      _actionAUTHComplete(str, isRetry, callback) {
        if (!callback && typeof isRetry === "function") {
          callback = isRetry;
          isRetry = false;
        }
        if (str.substr(0, 3) === "334") {
          this._responseActions.push((str2) => {
            if (isRetry || this._authMethod !== "XOAUTH2") {
              this._actionAUTHComplete(str2, true, callback);
            } else {
              setImmediate(() => this._handleXOauth2Token(true, callback));
            }
          });
          this._sendCommand("");
          return;
        }
        if (str.charAt(0) !== "2") {
          this.logger.info({
            tnx: "smtp",
            username: this._auth.user,
            action: "authfail",
            method: this._authMethod
          }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
          return callback(this._formatError("Invalid login", "EAUTH", str, "AUTH " + this._authMethod));
        }
        this.logger.info({
          tnx: "smtp",
          username: this._auth.user,
          action: "authenticated",
          method: this._authMethod
        }, "User %s authenticated", JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
      }
      /**
       * Handle response for a MAIL FROM: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionMAIL(str, callback) {
        const envelope = this._envelope;
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^550 /.test(str) && /[\x80-\uFFFF]/.test(envelope.from) ? "Internationalized mailbox name not allowed" : "Mail command failed";
          envelope.mailError = this._formatError(message, "EENVELOPE", str, "MAIL FROM");
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Handle response for a RCPT TO: command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionRCPT(str, callback) {
        const envelope = this._envelope;
        let err;
        const curRecipient = this._recipientQueue.shift();
        if (Number(str.charAt(0)) !== 2) {
          const message = this._usingSmtpUtf8 && /^553 /.test(str) && /[\x80-\uFFFF]/.test(curRecipient) ? "Internationalized mailbox name not allowed" : "Recipient command failed";
          envelope.rejected.push(curRecipient);
          err = this._formatError(message, "EENVELOPE", str, "RCPT TO");
          err.recipient = curRecipient;
          envelope.rejectedErrors.push(err);
        } else {
          envelope.accepted.push(curRecipient);
        }
        this._advanceEnvelope(str, callback);
      }
      /**
       * Moves the envelope on after a reply to MAIL FROM or RCPT TO. A pipelined envelope sent every
       * command at once and is decided by the reply to DATA. Otherwise the commands go one at a
       * time: the next recipient, or once every reply is in, DATA or the error that ends the message
       *
       * @param str The reply that was handled
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _advanceEnvelope(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          return;
        }
        if (envelope.mailError) {
          return callback(envelope.mailError);
        }
        if (envelope.rcptQueue.length) {
          return this._sendRcpt(envelope.rcptQueue.shift(), callback);
        }
        if (this._recipientQueue.length) {
          return;
        }
        const err = this._envelopeError(str);
        if (err) {
          return callback(err);
        }
        this._responseActions.push((str2) => {
          this._actionDATA(str2, callback);
        });
        this._sendCommand("DATA");
      }
      /**
       * Decides how the envelope went once every reply to MAIL FROM and RCPT TO is in. Called after
       * the last RCPT TO reply, or with PIPELINING on the reply to the DATA command sent along
       *
       * @param str The reply being handled
       * @returns The error to fail the message with, or null when DATA can go ahead
       * @internal
       */
      _envelopeError(str) {
        const envelope = this._envelope;
        if (envelope.mailError) {
          return envelope.mailError;
        }
        if (envelope.accepted.length) {
          return null;
        }
        const deferred = envelope.rejectedErrors.find((rejectedErr) => rejectedErr.responseCode && rejectedErr.responseCode < 500);
        const lastRejected = envelope.rejectedErrors[envelope.rejectedErrors.length - 1];
        const reply = deferred?.response ?? (envelope.pipelined && lastRejected ? lastRejected.response : str);
        const err = this._formatError("Can't send mail - all recipients were rejected", "EENVELOPE", reply, "RCPT TO");
        err.rejected = envelope.rejected;
        err.rejectedErrors = envelope.rejectedErrors;
        return err;
      }
      /**
       * Handle response for a DATA command
       *
       * @param str Message from the server
       * @param callback Callback to run once the envelope is processed
       * @internal
       */
      _actionDATA(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
          const err = this._envelopeError(str);
          if (err) {
            if (/^3/.test(str)) {
              if (envelope.mailError) {
                this.close();
                return callback(err);
              }
              this._responseActions.push(() => callback(err));
              this._sendCommand(".");
              return;
            }
            return callback(err);
          }
        }
        if (!/^[23]/.test(str)) {
          return callback(this._formatError("Data command failed", "EENVELOPE", str, "DATA"));
        }
        const response = {
          accepted: envelope.accepted,
          rejected: envelope.rejected
        };
        if (this._ehloLines && this._ehloLines.length) {
          response.ehlo = this._ehloLines;
        }
        if (envelope.rejectedErrors.length) {
          response.rejectedErrors = envelope.rejectedErrors;
        }
        callback(null, response);
      }
      /**
       * Handle response for a DATA stream when using SMTP
       * We expect a single response that defines if the sending succeeded or failed
       *
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionSMTPStream(str, callback) {
        if (Number(str.charAt(0)) !== 2) {
          return callback(this._formatError("Message failed", "EMESSAGE", str, "DATA"));
        }
        return callback(null, str);
      }
      /**
       * Handle response for a DATA stream
       * We expect a separate response for every recipient. All recipients can either
       * succeed or fail separately
       *
       * @param recipient The recipient this response applies to
       * @param final Is this the final recipient?
       * @param str Message from the server
       * @param callback Callback to run with the final send result
       * @internal
       */
      _actionLMTPStream(recipient, final, str, callback) {
        const envelope = this._envelope;
        let err;
        if (Number(str.charAt(0)) !== 2) {
          err = this._formatError("Message failed for recipient " + recipient, "EMESSAGE", str, "DATA");
          err.recipient = recipient;
          envelope.rejected.push(recipient);
          envelope.rejectedErrors.push(err);
          for (let i = 0, len = envelope.accepted.length; i < len; i++) {
            if (envelope.accepted[i] === recipient) {
              envelope.accepted.splice(i, 1);
            }
          }
        }
        if (final) {
          return callback(null, str);
        }
      }
      /** @internal */
      _handleXOauth2Token(isRetry, callback) {
        this._auth.oauth2.getToken(isRetry, (err, accessToken) => {
          if (err) {
            this.logger.info({
              tnx: "smtp",
              username: this._auth.user,
              action: "authfail",
              method: this._authMethod
            }, "User %s failed to authenticate", JSON.stringify(this._auth.user));
            return callback(this._formatError(err, "EAUTH", false, "AUTH XOAUTH2"));
          }
          this._responseActions.push((str) => {
            this._actionAUTHComplete(str, isRetry, callback);
          });
          this._sendCommand(
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token(accessToken),
            //  Hidden for logs
            "AUTH XOAUTH2 " + this._auth.oauth2.buildXOAuth2Token("/* secret */")
          );
        });
      }
      /**
       *
       * @param command
       * @internal
       */
      _isDestroyedMessage(command) {
        if (this._destroyed) {
          return "Cannot " + command + " - smtp connection is already destroyed.";
        }
        if (this._socket) {
          if (this._socket.destroyed) {
            return "Cannot " + command + " - smtp connection socket is already destroyed.";
          }
          if (!this._socket.writable) {
            return "Cannot " + command + " - smtp connection socket is already half-closed.";
          }
        }
      }
      /** @internal */
      _getHostname() {
        let defaultHostname;
        try {
          defaultHostname = import_node_os2.default.hostname() || "";
        } catch (_err) {
          defaultHostname = "localhost";
        }
        if (!defaultHostname || defaultHostname.indexOf(".") < 0) {
          defaultHostname = "[127.0.0.1]";
        }
        if (defaultHostname.match(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/)) {
          defaultHostname = "[" + defaultHostname + "]";
        }
        return defaultHostname;
      }
    };
    smtp_connection_default = SMTPConnection;
  }
});

// ../main/node_modules/nodemailer/dist/esm/xoauth2/index.js
var import_node_stream14, import_node_crypto8, XOAuth2, xoauth2_default;
var init_xoauth2 = __esm({
  "../main/node_modules/nodemailer/dist/esm/xoauth2/index.js"() {
    import_node_stream14 = require("node:stream");
    init_fetch();
    import_node_crypto8 = __toESM(require("node:crypto"), 1);
    init_shared();
    init_errors();
    XOAuth2 = class extends import_node_stream14.Stream {
      constructor(options, logger) {
        super();
        this.options = options || {};
        this.configError = false;
        if (options && options.serviceClient) {
          if (!options.privateKey || !options.user) {
            const err = new Error('Options "privateKey" and "user" are required for service account!');
            err.code = EOAUTH2;
            this.configError = err;
          }
          const serviceRequestTimeout = Math.min(Math.max(Number(this.options.serviceRequestTimeout) || 0, 0), 3600);
          this.options.serviceRequestTimeout = serviceRequestTimeout || 5 * 60;
        }
        this.logger = getLogger({
          logger
        }, {
          component: this.options.component || "OAuth2"
        });
        this.provisionCallback = typeof this.options.provisionCallback === "function" ? this.options.provisionCallback : false;
        this.options.accessUrl = this.options.accessUrl || "https://accounts.google.com/o/oauth2/token";
        this.options.customHeaders = this.options.customHeaders || {};
        this.options.customParams = this.options.customParams || {};
        this.accessToken = this.options.accessToken || false;
        if (this.options.expires && Number(this.options.expires)) {
          this.expires = this.options.expires;
        } else {
          const timeout = Math.max(Number(this.options.timeout) || 0, 0);
          this.expires = timeout && Date.now() + timeout * 1e3 || 0;
        }
        this.renewing = false;
        this.renewalQueue = [];
      }
      /**
       * Returns or generates (if previous has expired) a XOAuth2 token
       *
       * @param renew If false then use cached access token (if available)
       * @param callback Callback function with error object and token string
       */
      getToken(renew, callback) {
        const done = callback;
        if (this.configError) {
          return done(this.configError);
        }
        if (!renew && this.accessToken && (!this.expires || this.expires > Date.now())) {
          this.logger.debug({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "reuse"
          }, "Reusing existing access token for %s", this.options.user);
          return callback(null, this.accessToken);
        }
        if (!this.provisionCallback && !this.options.refreshToken && !this.options.serviceClient) {
          if (this.accessToken) {
            this.logger.debug({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "reuse"
            }, "Reusing existing access token (no refresh capability) for %s", this.options.user);
            return callback(null, this.accessToken);
          }
          this.logger.error({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "renew"
          }, "Cannot renew access token for %s: No refresh mechanism available", this.options.user);
          const err = new Error("Can't create new access token for user");
          err.code = EOAUTH2;
          return done(err);
        }
        if (this.renewing) {
          this.renewalQueue.push({ renew, callback: done });
          return;
        }
        this.renewing = true;
        const generateCallback = (err, accessToken) => {
          this.renewalQueue.forEach((item) => item.callback(err, accessToken));
          this.renewalQueue = [];
          this.renewing = false;
          if (err) {
            this.logger.error({
              err,
              tnx: "OAUTH2",
              user: this.options.user,
              action: "renew"
            }, "Failed generating new Access Token for %s", this.options.user);
          } else {
            this.logger.info({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "renew"
            }, "Generated new Access Token for %s", this.options.user);
          }
          done(err, accessToken);
        };
        if (this.provisionCallback) {
          this.provisionCallback(this.options.user, !!renew, (err, accessToken, expires) => {
            if (!err && accessToken) {
              this.accessToken = accessToken;
              this.expires = expires || 0;
            }
            generateCallback(err, accessToken);
          });
        } else {
          this.generateToken(generateCallback);
        }
      }
      /**
       * Updates token values
       *
       * @param accessToken New access token
       * @param timeout Access token lifetime in seconds
       *
       * Emits 'token': { user: User email-address, accessToken: the new accessToken, timeout: TTL in seconds}
       */
      updateToken(accessToken, timeout) {
        this.accessToken = accessToken;
        timeout = Math.max(Number(timeout) || 0, 0);
        this.expires = timeout && Date.now() + timeout * 1e3 || 0;
        this.emit("token", {
          user: this.options.user,
          accessToken: accessToken || "",
          expires: this.expires
        });
      }
      /**
       * Generates a new XOAuth2 token with the credentials provided at initialization
       *
       * @param callback Callback function with error object and token string
       */
      generateToken(callback) {
        const done = callback;
        let urlOptions;
        let loggedUrlOptions;
        if (this.options.serviceClient) {
          const iat = Math.floor(Date.now() / 1e3);
          const tokenData = {
            iss: this.options.serviceClient,
            scope: this.options.scope || "https://mail.google.com/",
            sub: this.options.user,
            aud: this.options.accessUrl,
            iat,
            exp: iat + this.options.serviceRequestTimeout
          };
          let token;
          try {
            token = this.jwtSignRS256(tokenData);
          } catch (_err) {
            const err = new Error("Can't generate token. Check your auth options");
            err.code = EOAUTH2;
            return done(err);
          }
          urlOptions = {
            grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
            assertion: token
          };
          loggedUrlOptions = {
            grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
            assertion: tokenData
          };
        } else {
          if (!this.options.refreshToken) {
            const err = new Error("Can't create new access token for user");
            err.code = EOAUTH2;
            return done(err);
          }
          urlOptions = {
            client_id: this.options.clientId || "",
            client_secret: this.options.clientSecret || "",
            refresh_token: this.options.refreshToken,
            grant_type: "refresh_token"
          };
          loggedUrlOptions = {
            client_id: this.options.clientId || "",
            client_secret: (this.options.clientSecret || "").substr(0, 6) + "...",
            refresh_token: (this.options.refreshToken || "").substr(0, 6) + "...",
            grant_type: "refresh_token"
          };
        }
        const customParams = this.options.customParams || {};
        Object.assign(urlOptions, customParams);
        for (const key of Object.keys(customParams)) {
          const param = customParams[key];
          loggedUrlOptions[key] = (param === void 0 || param === null ? "" : String(param)).substr(0, 6) + "...";
        }
        this.logger.debug({
          tnx: "OAUTH2",
          user: this.options.user,
          action: "generate"
        }, "Requesting token using: %s", JSON.stringify(loggedUrlOptions));
        this.postRequest(this.options.accessUrl, urlOptions, this.options, (error2, body) => {
          let data;
          if (error2) {
            return done(error2);
          }
          try {
            data = JSON.parse(body.toString());
          } catch (E) {
            return done(E);
          }
          if (!data || typeof data !== "object") {
            this.logger.debug({
              tnx: "OAUTH2",
              user: this.options.user,
              action: "post"
            }, "Response: %s", (body || "").toString());
            const err2 = new Error("Invalid authentication response");
            err2.code = EOAUTH2;
            return done(err2);
          }
          const logData = Object.assign({}, data);
          if (logData.access_token) {
            logData.access_token = (logData.access_token || "").toString().substr(0, 6) + "...";
          }
          this.logger.debug({
            tnx: "OAUTH2",
            user: this.options.user,
            action: "post"
          }, "Response: %s", JSON.stringify(logData));
          if (data.error) {
            let errorMessage = data.error;
            if (data.error_description) {
              errorMessage += ": " + data.error_description;
            }
            if (data.error_uri) {
              errorMessage += " (" + data.error_uri + ")";
            }
            const err2 = new Error(errorMessage);
            err2.code = EOAUTH2;
            return done(err2);
          }
          if (data.access_token) {
            this.updateToken(data.access_token, data.expires_in);
            return callback(null, this.accessToken);
          }
          const err = new Error("No access token");
          err.code = EOAUTH2;
          return done(err);
        });
      }
      /**
       * Converts an access_token and user id into a base64 encoded XOAuth2 token
       *
       * @param [accessToken] Access token string
       * @return Base64 encoded token for IMAP or SMTP login
       */
      buildXOAuth2Token(accessToken) {
        const authData = ["user=" + (this.options.user || ""), "auth=Bearer " + (accessToken || this.accessToken), "", ""];
        return Buffer.from(authData.join(""), "utf-8").toString("base64");
      }
      /**
       * Custom POST request handler.
       * This is only needed to keep paths short in Windows, usually this module
       * is a dependency of a dependency and if it tries to require something
       * like the request module the paths get way too long to handle for Windows.
       * As we do only a simple POST request we do not actually require complicated
       * logic support (no redirects, no nothing) anyway.
       *
       * @param url Url to POST to
       * @param payload Payload to POST
       * @param params Client options, the customHeaders and tls values are used for the request
       * @param callback Callback function with (err, buff)
       */
      postRequest(url, payload, params, callback) {
        let returned = false;
        const chunks = [];
        let chunklen = 0;
        const fetchOptions = {
          method: "post",
          headers: params.customHeaders,
          body: payload,
          allowErrorResponse: true,
          // unset falls back to the fetch default, a stalled token endpoint would otherwise keep
          // `renewing` set and queue every later request
          timeout: params.requestTimeout
        };
        if (/^https:/i.test(url)) {
          fetchOptions.tls = Object.assign({ rejectUnauthorized: true }, params.tls || {});
        }
        const req = fetch_default(url, fetchOptions);
        req.on("readable", () => {
          let chunk;
          while ((chunk = req.read()) !== null) {
            chunks.push(chunk);
            chunklen += chunk.length;
          }
        });
        req.once("error", (err) => {
          if (returned) {
            return;
          }
          returned = true;
          return callback(err);
        });
        req.once("end", () => {
          if (returned) {
            return;
          }
          returned = true;
          return callback(null, Buffer.concat(chunks, chunklen));
        });
      }
      /**
       * Encodes a buffer or a string into Base64url format
       *
       * @param data The data to convert
       * @return The encoded string
       */
      toBase64URL(data) {
        if (typeof data === "string") {
          data = Buffer.from(data);
        }
        return data.toString("base64").replace(/[=]+/g, "").replace(/\+/g, "-").replace(/\//g, "_");
      }
      /**
       * Creates a JSON Web Token signed with RS256 (SHA256 + RSA)
       *
       * @param payload The payload to include in the generated token
       * @return The generated and signed token
       */
      jwtSignRS256(payload) {
        const signedPayload = ['{"alg":"RS256","typ":"JWT"}', JSON.stringify(payload)].map((val) => this.toBase64URL(val)).join(".");
        const signature = import_node_crypto8.default.createSign("RSA-SHA256").update(signedPayload).sign(this.options.privateKey);
        return signedPayload + "." + this.toBase64URL(signature);
      }
    };
    xoauth2_default = XOAuth2;
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-pool/pool-resource.js
var import_node_events3, PoolResource;
var init_pool_resource = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-pool/pool-resource.js"() {
    init_smtp_connection();
    init_shared();
    init_xoauth2();
    init_errors();
    import_node_events3 = require("node:events");
    PoolResource = class extends import_node_events3.EventEmitter {
      constructor(pool) {
        super();
        this.pool = pool;
        this.options = pool.options;
        this.logger = this.pool.logger;
        if (this.options.auth) {
          switch ((this.options.auth.type || "").toString().toUpperCase()) {
            case "OAUTH2": {
              const oauth2 = new xoauth2_default(this.options.auth, this.logger);
              oauth2.provisionCallback = this.pool.mailer && this.pool.mailer.get("oauth2_provision_cb") || oauth2.provisionCallback;
              this.auth = {
                type: "OAUTH2",
                user: this.options.auth.user,
                oauth2,
                method: "XOAUTH2"
              };
              oauth2.on("token", (token) => this.pool.mailer.emit("token", token));
              oauth2.on("error", (err) => this._fail(err));
              break;
            }
            default:
              if (!this.options.auth.user && !this.options.auth.pass) {
                break;
              }
              this.auth = {
                type: (this.options.auth.type || "").toString().toUpperCase() || "LOGIN",
                user: this.options.auth.user,
                credentials: {
                  user: this.options.auth.user || "",
                  pass: this.options.auth.pass,
                  options: this.options.auth.options
                },
                method: (this.options.auth.method || "").trim().toUpperCase() || this.options.authMethod || false
              };
          }
        }
        this._connection = false;
        this._connected = false;
        this._closed = false;
        this.messages = 0;
        this.available = true;
        this._failed = false;
        this._sending = false;
        this._idleTimer = false;
      }
      /**
       * Emits 'error' for the first failure only. A dead resource can report the same failure more
       * than once (the connection error, then the send callback), the pool handles it once
       * @internal
       */
      _fail(err) {
        if (this._failed) {
          return;
        }
        this._failed = true;
        this.emit("error", err);
      }
      /**
       * Initiates a connection to the SMTP server
       *
       * @param callback Callback function to run once the connection is established or failed
       */
      connect(callback) {
        const connectStartedAt = Date.now();
        this.pool.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (this._closed) {
            socketOptions && socketOptions.connection?.destroy();
            return;
          }
          if (err) {
            this._fail(err);
            return callback(err);
          }
          let returned = false;
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          this.connection = new smtp_connection_default(options);
          this.connection._connectStartedAt = connectStartedAt;
          this.connection.on("error", (err2) => {
            if (this._closed || this._sending) {
              return;
            }
            if (this._connected && isTransientError(err2)) {
              this.logger.info({
                tnx: "pool",
                cid: this.id
              }, "Connection #%s was closed by the server: %s", this.id, err2.message);
              return;
            }
            this._fail(err2);
            if (returned || this._closed) {
              return;
            }
            returned = true;
            return callback(err2);
          });
          this.connection.once("end", () => {
            this.close();
            returned = true;
          });
          this.connection.connect((err2) => {
            if (returned || this._closed) {
              return;
            }
            if (err2) {
              returned = true;
              return;
            }
            if (this.auth && (this.connection.allowsAuth || options.forceAuth)) {
              this.connection.login(this.auth, (err3) => {
                if (returned || this._closed) {
                  return;
                }
                returned = true;
                if (err3) {
                  this.connection.close();
                  this._fail(err3);
                  return callback(err3);
                }
                this._connected = true;
                callback(null, true);
              });
            } else {
              returned = true;
              this._connected = true;
              return callback(null, true);
            }
          });
        });
      }
      /**
       * Sends an e-mail to be sent using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        if (this._closed) {
          return;
        }
        if (!this._connected) {
          return this.connect((err) => {
            if (err) {
              return callback(err);
            }
            return this.send(mail, callback);
          });
        }
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId,
          cid: this.id
        }, "Sending message %s using #%s to <%s>", messageId, this.id, recipients.join(", "));
        if (mail.data.dsn) {
          envelope.dsn = mail.data.dsn;
        }
        if (mail.data.requireTLSExtensionEnabled) {
          envelope.requireTLSExtensionEnabled = mail.data.requireTLSExtensionEnabled;
        }
        this._sending = true;
        const reused = this.messages > 0;
        const messageStream = mail.message.createReadStream();
        this.connection.send(envelope, messageStream, (err, info) => {
          if (mail.data.signal?.aborted) {
            return;
          }
          this._sending = false;
          this.messages++;
          if (err) {
            if (reused && messageStream.readableDidRead === false && isTransientError(err)) {
              this.logger.info({
                tnx: "pool",
                cid: this.id,
                messageId
              }, "Connection #%s was closed by the server before message %s was sent: %s", this.id, messageId, err.message);
              this.connection.close();
              return;
            }
            if ((err.code === EENVELOPE || err.code === EMESSAGE) && err.responseCode !== 421 && !this.connection._destroyed) {
              this.connection.reset((resetErr) => {
                if (resetErr) {
                  this.connection.close();
                  return;
                }
                this._release();
              });
              return callback(err);
            }
            this.connection.close();
            this._fail(err);
            return callback(err);
          }
          info.envelope = {
            from: envelope.from,
            to: envelope.to
          };
          info.messageId = messageId;
          setImmediate(() => this._release());
          callback(null, info);
        });
      }
      /**
       * Makes the connection available for the next message, or closes it once it has sent
       * maxMessages messages
       *
       * @internal
       */
      _release() {
        if (this._closed) {
          return;
        }
        if (this.messages >= this.options.maxMessages) {
          const err = new Error("Resource exhausted");
          err.code = EMAXLIMIT;
          this.connection.close();
          this._fail(err);
          return;
        }
        this.pool._checkRateLimit(() => {
          if (this._closed) {
            return;
          }
          this.available = true;
          this._startIdleTimer();
          this.emit("available");
        });
      }
      /** @internal */
      _startIdleTimer() {
        if (!this.options.idleTimeout || this.options.idleTimeout < 0) {
          return;
        }
        if (this._idleTimer && typeof this._idleTimer.refresh === "function") {
          this._idleTimer.refresh();
          return;
        }
        clearTimeout(this._idleTimer);
        this._idleTimer = setTimeout(() => {
          if (!this.available) {
            return;
          }
          this.logger.debug({
            tnx: "pool",
            cid: this.id
          }, "Closing connection #%s after it was idle for %sms", this.id, this.options.idleTimeout);
          this.available = false;
          this.connection.quit();
        }, this.options.idleTimeout);
        if (typeof this._idleTimer.unref === "function") {
          this._idleTimer.unref();
        }
      }
      /** @internal */
      _stopIdleTimer() {
        clearTimeout(this._idleTimer);
        this._idleTimer = false;
      }
      /**
       * Closes the connection
       */
      close() {
        if (this._closed) {
          return;
        }
        this._closed = true;
        this.available = false;
        this._connected = false;
        this._stopIdleTimer();
        if (this.auth && this.auth.oauth2) {
          this.auth.oauth2.removeAllListeners();
        }
        if (this.connection) {
          this.connection.close();
        }
        this.emit("close");
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/well-known/services.js
var services;
var init_services = __esm({
  "../main/node_modules/nodemailer/dist/esm/well-known/services.js"() {
    services = {
      "126": {
        "description": "126 Mail (NetEase)",
        "host": "smtp.126.com",
        "port": 465,
        "secure": true
      },
      "163": {
        "description": "163 Mail (NetEase)",
        "host": "smtp.163.com",
        "port": 465,
        "secure": true
      },
      "1und1": {
        "description": "1&1 Mail (German hosting provider)",
        "host": "smtp.1und1.de",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Aliyun": {
        "description": "Alibaba Cloud Mail",
        "domains": [
          "aliyun.com"
        ],
        "host": "smtp.aliyun.com",
        "port": 465,
        "secure": true
      },
      "AliyunQiye": {
        "description": "Alibaba Cloud Enterprise Mail",
        "host": "smtp.qiye.aliyun.com",
        "port": 465,
        "secure": true
      },
      "AOL": {
        "description": "AOL Mail",
        "domains": [
          "aol.com"
        ],
        "host": "smtp.aol.com",
        "port": 587
      },
      "Aruba": {
        "description": "Aruba PEC (Italian email provider)",
        "domains": [
          "aruba.it",
          "pec.aruba.it"
        ],
        "aliases": [
          "Aruba PEC"
        ],
        "host": "smtps.aruba.it",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Bluewin": {
        "description": "Bluewin (Swiss email provider)",
        "host": "smtpauths.bluewin.ch",
        "domains": [
          "bluewin.ch"
        ],
        "port": 465
      },
      "BOL": {
        "description": "BOL Mail (Brazilian provider)",
        "domains": [
          "bol.com.br"
        ],
        "host": "smtp.bol.com.br",
        "port": 587,
        "requireTLS": true
      },
      "DebugMail": {
        "description": "DebugMail (email testing service)",
        "host": "debugmail.io",
        "port": 25
      },
      "Disroot": {
        "description": "Disroot (privacy-focused provider)",
        "domains": [
          "disroot.org"
        ],
        "host": "disroot.org",
        "port": 587,
        "secure": false,
        "authMethod": "LOGIN"
      },
      "DynectEmail": {
        "description": "Dyn Email Delivery",
        "aliases": [
          "Dynect"
        ],
        "host": "smtp.dynect.net",
        "port": 25
      },
      "ElasticEmail": {
        "description": "Elastic Email",
        "aliases": [
          "Elastic Email"
        ],
        "host": "smtp.elasticemail.com",
        "port": 465,
        "secure": true
      },
      "Ethereal": {
        "description": "Ethereal Email (email testing service)",
        "aliases": [
          "ethereal.email"
        ],
        "host": "smtp.ethereal.email",
        "port": 587
      },
      "FastMail": {
        "description": "FastMail",
        "domains": [
          "fastmail.com",
          "fastmail.fm"
        ],
        "host": "smtp.fastmail.com",
        "port": 465,
        "secure": true
      },
      "Feishu Mail": {
        "description": "Feishu Mail (Lark)",
        "aliases": [
          "Feishu",
          "FeishuMail"
        ],
        "domains": [
          "www.feishu.cn"
        ],
        "host": "smtp.feishu.cn",
        "port": 465,
        "secure": true
      },
      "Forward Email": {
        "description": "Forward Email (email forwarding service)",
        "aliases": [
          "FE",
          "ForwardEmail"
        ],
        "domains": [
          "forwardemail.net"
        ],
        "host": "smtp.forwardemail.net",
        "port": 465,
        "secure": true
      },
      "GandiMail": {
        "description": "Gandi Mail",
        "aliases": [
          "Gandi",
          "Gandi Mail"
        ],
        "host": "mail.gandi.net",
        "port": 587
      },
      "Gmail": {
        "description": "Gmail",
        "aliases": [
          "Google Mail"
        ],
        "domains": [
          "gmail.com",
          "googlemail.com"
        ],
        "host": "smtp.gmail.com",
        "port": 465,
        "secure": true
      },
      "GmailWorkspace": {
        "description": "Gmail Workspace",
        "aliases": [
          "Google Workspace Mail"
        ],
        "host": "smtp-relay.gmail.com",
        "port": 465,
        "secure": true
      },
      "GMX": {
        "description": "GMX Mail",
        "domains": [
          "gmx.com",
          "gmx.net",
          "gmx.de"
        ],
        "host": "mail.gmx.com",
        "port": 587
      },
      "Godaddy": {
        "description": "GoDaddy Email (US)",
        "host": "smtpout.secureserver.net",
        "port": 25
      },
      "GodaddyAsia": {
        "description": "GoDaddy Email (Asia)",
        "host": "smtp.asia.secureserver.net",
        "port": 25
      },
      "GodaddyEurope": {
        "description": "GoDaddy Email (Europe)",
        "host": "smtp.europe.secureserver.net",
        "port": 25
      },
      "Groundmail": {
        "description": "Groundmail",
        "host": "smtp.groundmail.dev",
        "port": 587,
        "secure": false,
        "requireTLS": true
      },
      "hot.ee": {
        "description": "Hot.ee (Estonian email provider)",
        "host": "mail.hot.ee"
      },
      "Hotmail": {
        "description": "Outlook.com / Hotmail",
        "aliases": [
          "Outlook",
          "Outlook.com",
          "Hotmail.com"
        ],
        "domains": [
          "hotmail.com",
          "outlook.com"
        ],
        "host": "smtp-mail.outlook.com",
        "port": 587
      },
      "iCloud": {
        "description": "iCloud Mail",
        "aliases": [
          "Me",
          "Mac"
        ],
        "domains": [
          "icloud.com",
          "me.com",
          "mac.com"
        ],
        "host": "smtp.mail.me.com",
        "port": 587
      },
      "Infomaniak": {
        "description": "Infomaniak Mail (Swiss hosting provider)",
        "host": "mail.infomaniak.com",
        "domains": [
          "ik.me",
          "ikmail.com",
          "etik.com"
        ],
        "port": 587
      },
      "KolabNow": {
        "description": "KolabNow (secure email service)",
        "domains": [
          "kolabnow.com"
        ],
        "aliases": [
          "Kolab"
        ],
        "host": "smtp.kolabnow.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      },
      "Loopia": {
        "description": "Loopia (Swedish hosting provider)",
        "host": "mailcluster.loopia.se",
        "port": 465
      },
      "Loops": {
        "description": "Loops",
        "host": "smtp.loops.so",
        "port": 587
      },
      "mail.ee": {
        "description": "Mail.ee (Estonian email provider)",
        "host": "smtp.mail.ee"
      },
      "Mail.ru": {
        "description": "Mail.ru",
        "host": "smtp.mail.ru",
        "port": 465,
        "secure": true
      },
      "Mailcatch.app": {
        "description": "Mailcatch (email testing service)",
        "host": "sandbox-smtp.mailcatch.app",
        "port": 2525
      },
      "Maildev": {
        "description": "MailDev (local email testing)",
        "port": 1025,
        "ignoreTLS": true
      },
      "MailerSend": {
        "description": "MailerSend",
        "host": "smtp.mailersend.net",
        "port": 587
      },
      "Mailgun": {
        "description": "Mailgun",
        "host": "smtp.mailgun.org",
        "port": 465,
        "secure": true
      },
      "Mailjet": {
        "description": "Mailjet",
        "host": "in.mailjet.com",
        "port": 587
      },
      "Mailosaur": {
        "description": "Mailosaur (email testing service)",
        "host": "mailosaur.io",
        "port": 25
      },
      "MailSenpai": {
        "description": "MailSenpai (SMTP Senpai, EU)",
        "host": "relay.mailsenpai.com",
        "port": 2525,
        "secure": false
      },
      "Mailtrap": {
        "description": "Mailtrap",
        "host": "live.smtp.mailtrap.io",
        "port": 587
      },
      "Mandrill": {
        "description": "Mandrill (by Mailchimp)",
        "host": "smtp.mandrillapp.com",
        "port": 587
      },
      "Naver": {
        "description": "Naver Mail (Korean email provider)",
        "host": "smtp.naver.com",
        "port": 587
      },
      "OhMySMTP": {
        "description": "OhMySMTP (email delivery service)",
        "host": "smtp.ohmysmtp.com",
        "port": 587,
        "secure": false
      },
      "One": {
        "description": "One.com Email",
        "host": "send.one.com",
        "port": 465,
        "secure": true
      },
      "OpenMailBox": {
        "description": "OpenMailBox",
        "aliases": [
          "OMB",
          "openmailbox.org"
        ],
        "host": "smtp.openmailbox.org",
        "port": 465,
        "secure": true
      },
      "Outlook365": {
        "description": "Microsoft 365 / Office 365",
        "host": "smtp.office365.com",
        "port": 587,
        "secure": false
      },
      "Oveyon": {
        "description": "Oveyon",
        "host": "smtp.oveyon.com",
        "port": 587,
        "secure": false,
        "requireTLS": true
      },
      "Postmark": {
        "description": "Postmark",
        "aliases": [
          "PostmarkApp"
        ],
        "host": "smtp.postmarkapp.com",
        "port": 2525
      },
      "Proton": {
        "description": "Proton Mail",
        "aliases": [
          "ProtonMail",
          "Proton.me",
          "Protonmail.com",
          "Protonmail.ch"
        ],
        "domains": [
          "proton.me",
          "protonmail.com",
          "pm.me",
          "protonmail.ch"
        ],
        "host": "smtp.protonmail.ch",
        "port": 587,
        "requireTLS": true
      },
      "qiye.aliyun": {
        "description": "Alibaba Mail Enterprise Edition",
        "host": "smtp.mxhichina.com",
        "port": "465",
        "secure": true
      },
      "QQ": {
        "description": "QQ Mail",
        "domains": [
          "qq.com"
        ],
        "host": "smtp.qq.com",
        "port": 465,
        "secure": true
      },
      "QQex": {
        "description": "QQ Enterprise Mail",
        "aliases": [
          "QQ Enterprise"
        ],
        "domains": [
          "exmail.qq.com"
        ],
        "host": "smtp.exmail.qq.com",
        "port": 465,
        "secure": true
      },
      "Resend": {
        "description": "Resend",
        "host": "smtp.resend.com",
        "port": 465,
        "secure": true
      },
      "Runbox": {
        "description": "Runbox (Norwegian email provider)",
        "domains": [
          "runbox.com"
        ],
        "host": "smtp.runbox.com",
        "port": 465,
        "secure": true
      },
      "SendCloud": {
        "description": "SendCloud (Chinese email delivery)",
        "host": "smtp.sendcloud.net",
        "port": 2525
      },
      "SendGrid": {
        "description": "SendGrid",
        "host": "smtp.sendgrid.net",
        "port": 587
      },
      "SendinBlue": {
        "description": "Brevo (formerly Sendinblue)",
        "aliases": [
          "Brevo"
        ],
        "host": "smtp-relay.brevo.com",
        "port": 587
      },
      "Sendora": {
        "description": "Sendora",
        "host": "smtp.sendora.se",
        "port": 465,
        "secure": true
      },
      "SendPulse": {
        "description": "SendPulse",
        "host": "smtp-pulse.com",
        "port": 465,
        "secure": true
      },
      "SES": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-1": {
        "description": "AWS SES Asia Pacific (Tokyo)",
        "host": "email-smtp.ap-northeast-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-2": {
        "description": "AWS SES Asia Pacific (Seoul)",
        "host": "email-smtp.ap-northeast-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-NORTHEAST-3": {
        "description": "AWS SES Asia Pacific (Osaka)",
        "host": "email-smtp.ap-northeast-3.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTH-1": {
        "description": "AWS SES Asia Pacific (Mumbai)",
        "host": "email-smtp.ap-south-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTHEAST-1": {
        "description": "AWS SES Asia Pacific (Singapore)",
        "host": "email-smtp.ap-southeast-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-AP-SOUTHEAST-2": {
        "description": "AWS SES Asia Pacific (Sydney)",
        "host": "email-smtp.ap-southeast-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-CA-CENTRAL-1": {
        "description": "AWS SES Canada (Central)",
        "host": "email-smtp.ca-central-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-CENTRAL-1": {
        "description": "AWS SES Europe (Frankfurt)",
        "host": "email-smtp.eu-central-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-NORTH-1": {
        "description": "AWS SES Europe (Stockholm)",
        "host": "email-smtp.eu-north-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-1": {
        "description": "AWS SES Europe (Ireland)",
        "host": "email-smtp.eu-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-2": {
        "description": "AWS SES Europe (London)",
        "host": "email-smtp.eu-west-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-EU-WEST-3": {
        "description": "AWS SES Europe (Paris)",
        "host": "email-smtp.eu-west-3.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-SA-EAST-1": {
        "description": "AWS SES South America (S\xE3o Paulo)",
        "host": "email-smtp.sa-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-EAST-1": {
        "description": "AWS SES US East (N. Virginia)",
        "host": "email-smtp.us-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-EAST-2": {
        "description": "AWS SES US East (Ohio)",
        "host": "email-smtp.us-east-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-GOV-EAST-1": {
        "description": "AWS SES GovCloud (US-East)",
        "host": "email-smtp.us-gov-east-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-GOV-WEST-1": {
        "description": "AWS SES GovCloud (US-West)",
        "host": "email-smtp.us-gov-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-WEST-1": {
        "description": "AWS SES US West (N. California)",
        "host": "email-smtp.us-west-1.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "SES-US-WEST-2": {
        "description": "AWS SES US West (Oregon)",
        "host": "email-smtp.us-west-2.amazonaws.com",
        "port": 465,
        "secure": true
      },
      "Seznam": {
        "description": "Seznam Email (Czech email provider)",
        "aliases": [
          "Seznam Email"
        ],
        "domains": [
          "seznam.cz",
          "email.cz",
          "post.cz",
          "spoluzaci.cz"
        ],
        "host": "smtp.seznam.cz",
        "port": 465,
        "secure": true
      },
      "SMTP2GO": {
        "description": "SMTP2GO",
        "host": "mail.smtp2go.com",
        "port": 2525
      },
      "SpacePost": {
        "description": "SpacePost",
        "host": "smtp.spacepost.dev",
        "port": 25976,
        "secure": false,
        "requireTLS": true
      },
      "Sparkpost": {
        "description": "SparkPost",
        "aliases": [
          "SparkPost",
          "SparkPost Mail"
        ],
        "domains": [
          "sparkpost.com"
        ],
        "host": "smtp.sparkpostmail.com",
        "port": 587,
        "secure": false
      },
      "Tipimail": {
        "description": "Tipimail (email delivery service)",
        "host": "smtp.tipimail.com",
        "port": 587
      },
      "TurboSMTP": {
        "description": "TurboSMTP",
        "host": "pro.turbo-smtp.com",
        "port": 465,
        "secure": true
      },
      "TurboSMTP-EU": {
        "description": "TurboSMTP (EU region)",
        "host": "pro.eu.turbo-smtp.com",
        "port": 465,
        "secure": true
      },
      "Tutanota": {
        "description": "Tutanota (Tuta Mail)",
        "domains": [
          "tutanota.com",
          "tuta.com",
          "tutanota.de",
          "tuta.io"
        ],
        "host": "smtp.tutanota.com",
        "port": 465,
        "secure": true
      },
      "Yahoo": {
        "description": "Yahoo Mail",
        "domains": [
          "yahoo.com"
        ],
        "host": "smtp.mail.yahoo.com",
        "port": 465,
        "secure": true
      },
      "Yandex": {
        "description": "Yandex Mail",
        "domains": [
          "yandex.ru"
        ],
        "host": "smtp.yandex.ru",
        "port": 465,
        "secure": true
      },
      "Zimbra": {
        "description": "Zimbra Mail Server",
        "aliases": [
          "Zimbra Collaboration"
        ],
        "host": "smtp.zimbra.com",
        "port": 587,
        "requireTLS": true
      },
      "Zoho": {
        "description": "Zoho Mail",
        "host": "smtp.zoho.com",
        "port": 465,
        "secure": true,
        "authMethod": "LOGIN"
      }
    };
  }
});

// ../main/node_modules/nodemailer/dist/esm/well-known/index.js
function normalizeKey(key) {
  return key.replace(/[^a-zA-Z0-9.-]/g, "").toLowerCase();
}
function normalizeService(service) {
  const response = {};
  Object.keys(service).forEach((key) => {
    if (!["domains", "aliases"].includes(key)) {
      response[key] = service[key];
    }
  });
  return response;
}
function wellKnown(key) {
  key = normalizeKey(key.split("@").pop());
  return normalized[key] || false;
}
var normalized;
var init_well_known = __esm({
  "../main/node_modules/nodemailer/dist/esm/well-known/index.js"() {
    init_services();
    normalized = {};
    Object.keys(services).forEach((key) => {
      const service = services[key];
      const normalizedService = normalizeService(service);
      normalized[normalizeKey(key)] = normalizedService;
      [].concat(service.aliases || []).forEach((alias) => {
        normalized[normalizeKey(alias)] = normalizedService;
      });
      [].concat(service.domains || []).forEach((domain) => {
        normalized[normalizeKey(domain)] = normalizedService;
      });
    });
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-pool/index.js
var import_node_events4, REQUEUE_BASE_DELAY, REQUEUE_MAX_DELAY, SMTPPool, smtp_pool_default;
var init_smtp_pool = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-pool/index.js"() {
    import_node_events4 = require("node:events");
    init_pool_resource();
    init_smtp_connection();
    init_well_known();
    init_shared();
    init_errors();
    init_package_info();
    REQUEUE_BASE_DELAY = 50;
    REQUEUE_MAX_DELAY = 2e3;
    SMTPPool = class extends import_node_events4.EventEmitter {
      constructor(options) {
        super();
        this.supportsAbortSignal = true;
        options = options || {};
        if (typeof options === "string") {
          options = {
            url: options
          };
        }
        let urlData;
        let service = options.service;
        if (typeof options.getSocket === "function") {
          this.getSocket = options.getSocket;
        }
        if (options.url) {
          urlData = parseConnectionUrl(options.url);
          service = service || urlData.service;
        }
        this.options = assign(
          false,
          // create new object
          options,
          // regular options
          urlData,
          // url options
          service && wellKnown(service)
          // wellknown options
        );
        this.options.maxConnections = this.options.maxConnections || 5;
        this.options.maxMessages = this.options.maxMessages || 100;
        this.options.maxRequeues = typeof this.options.maxRequeues === "number" ? this.options.maxRequeues : 5;
        this.options.idleTimeout = typeof this.options.idleTimeout === "number" ? this.options.idleTimeout : 4 * 60 * 1e3;
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-pool"
        });
        this.name = "SMTP (pool)";
        this.version = version + "[client:" + version + "]";
        this._rateLimit = {
          counter: 0,
          timeout: null,
          waiting: [],
          checkpoint: false,
          delta: Number(this.options.rateDelta) || 1e3,
          limit: Number(this.options.rateLimit) || 0
        };
        this._closed = false;
        this._queue = [];
        this._connections = [];
        this._connectionCounter = 0;
        this._pending = 0;
        this.idling = true;
        setImmediate(() => {
          if (this.idling) {
            this.emit("idle");
          }
        });
      }
      /**
       * Placeholder function for creating proxy sockets. This method immediatelly returns
       * without a socket
       *
       * @param options Connection options
       * @param callback Callback function to run with the socket keys
       */
      getSocket(options, callback) {
        setImmediate(() => callback(null, false));
      }
      /**
       * Queues an e-mail to be sent using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        if (this._closed) {
          const err = new Error("Connection pool was closed");
          err.code = ECONNECTION;
          setImmediate(() => callback(err));
          return false;
        }
        let counted = true;
        let detachSignal;
        this._pending++;
        const entry = {
          mail,
          requeueAttempts: 0,
          callback: (err, info) => {
            if (!counted) {
              return;
            }
            counted = false;
            this._pending--;
            detachSignal?.();
            entry.resource = void 0;
            callback(err, info);
          }
        };
        this._queue.push(entry);
        const signal = mail.data.signal;
        if (signal) {
          detachSignal = this._watchAbortSignal(entry, signal, () => counted);
          if (signal.aborted) {
            return true;
          }
        }
        if (this.idling && this._queue.length >= this.options.maxConnections) {
          this.idling = false;
        }
        setImmediate(() => this._processMessages());
        return true;
      }
      /**
       * Fails a queued or assigned entry when its signal aborts: removes it from the queue, or
       * closes the connection delivering it, so other deliveries in the pool can continue.
       * Returns a function that removes the listener.
       * @internal
       */
      _watchAbortSignal(entry, signal, isPending) {
        const onAbort = () => {
          if (!isPending()) {
            return;
          }
          const index = this._queue.indexOf(entry);
          if (index !== -1) {
            this._queue.splice(index, 1);
          }
          const resource = entry.resource;
          if (resource && resource.queueEntry === entry) {
            resource.queueEntry = false;
            resource.close();
          }
          try {
            entry.callback(createAbortError(signal));
          } finally {
            setImmediate(() => this._processMessages());
          }
        };
        signal.addEventListener("abort", onAbort, { once: true });
        if (signal.aborted) {
          setImmediate(onAbort);
        }
        return () => signal.removeEventListener("abort", onAbort);
      }
      /**
       * Closes the pool. Idle connections are closed at once and a connection in the middle of a
       * delivery finishes it first, unless `force` is set: then it is closed too and its message
       * fails. `force` is for a caller that has given up on a delivery, such as one a server is
       * stalling by trickling its replies, which no socket timeout notices.
       *
       * @param options.force - Also close connections that are delivering a message
       */
      close(options) {
        let connection;
        const len = this._connections.length;
        this._closed = true;
        this._clearRateLimit();
        if (!len && !this._queue.length) {
          return;
        }
        const force = !!options?.force;
        for (let i = len - 1; i >= 0; i--) {
          if (this._connections[i] && (force || this._connections[i].available)) {
            connection = this._connections[i];
            connection.close();
            this.logger.info({
              tnx: "connection",
              cid: connection.id,
              action: "removed"
            }, "Connection #%s removed", connection.id);
          }
        }
        if (len && !this._connections.length) {
          this.logger.debug({
            tnx: "connection"
          }, "All connections removed");
        }
        if (!this._queue.length) {
          return;
        }
        const invokeCallbacks = () => {
          if (!this._queue.length) {
            this.logger.debug({
              tnx: "connection"
            }, "Pending queue entries cleared");
            return;
          }
          const entry = this._queue.shift();
          if (entry && typeof entry.callback === "function") {
            try {
              entry.callback(new Error("Connection pool was closed"));
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback"
              }, "Callback error: %s", E.message);
            }
          }
          setImmediate(invokeCallbacks);
        };
        setImmediate(invokeCallbacks);
      }
      /**
       * Check the queue and available connections. If there is a message to be sent and there is
       * an available connection, then use this connection to send the mail
       * @internal
       */
      _processMessages() {
        if (this._closed) {
          return;
        }
        if (!this._queue.length) {
          if (!this.idling) {
            this.idling = true;
            this.emit("idle");
          }
          return;
        }
        let connection = this._connections.find((c) => c.available);
        if (!connection && this._connections.length < this.options.maxConnections) {
          connection = this._createConnection();
        }
        if (!connection) {
          this.idling = false;
          return;
        }
        if (!this.idling && this._queue.length < this.options.maxConnections) {
          this.idling = true;
          this.emit("idle");
        }
        const entry = connection.queueEntry = this._queue.shift();
        entry.resource = connection;
        entry.messageId = (connection.queueEntry.mail.message.getHeader("message-id") || "").replace(/[<>\s]/g, "");
        connection.available = false;
        this.logger.debug({
          tnx: "pool",
          cid: connection.id,
          messageId: entry.messageId,
          action: "assign"
        }, "Assigned message <%s> to #%s (%s)", entry.messageId, connection.id, connection.messages + 1);
        if (this._rateLimit.limit) {
          this._rateLimit.counter++;
          if (!this._rateLimit.checkpoint) {
            this._rateLimit.checkpoint = Date.now();
          }
        }
        connection.send(entry.mail, (err, info) => {
          if (entry === connection.queueEntry) {
            try {
              entry.callback(err, info);
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback",
                cid: connection.id
              }, "Callback error for #%s: %s", connection.id, E.message);
            }
            connection.queueEntry = false;
          }
        });
      }
      /**
       * Creates a new pool resource
       * @internal
       */
      _createConnection() {
        const connection = new PoolResource(this);
        connection.id = ++this._connectionCounter;
        this.logger.info({
          tnx: "pool",
          cid: connection.id,
          action: "conection"
        }, "Created new pool resource #%s", connection.id);
        connection.on("available", () => {
          this.logger.debug({
            tnx: "connection",
            cid: connection.id,
            action: "available"
          }, "Connection #%s became available", connection.id);
          if (this._closed) {
            this.close();
          } else {
            this._processMessages();
          }
        });
        connection.once("error", (err) => {
          if (err.code !== EMAXLIMIT) {
            this.logger.warn({
              err,
              tnx: "pool",
              cid: connection.id
            }, "Pool Error for #%s: %s", connection.id, err.message);
          } else {
            this.logger.debug({
              tnx: "pool",
              cid: connection.id,
              action: "maxlimit"
            }, "Max messages limit exchausted for #%s", connection.id);
          }
          if (connection.queueEntry) {
            try {
              connection.queueEntry.callback(err);
            } catch (E) {
              this.logger.error({
                err: E,
                tnx: "callback",
                cid: connection.id
              }, "Callback error for #%s: %s", connection.id, E.message);
            }
            connection.queueEntry = false;
          }
          this._removeConnection(connection);
          this._continueProcessing();
        });
        connection.once("close", () => {
          this.logger.info({
            tnx: "connection",
            cid: connection.id,
            action: "closed"
          }, "Connection #%s was closed", connection.id);
          this._removeConnection(connection);
          if (connection.queueEntry) {
            setTimeout(() => {
              let delay = 0;
              if (connection.queueEntry) {
                if (!this._closed && this._shouldRequeuOnConnectionClose(connection.queueEntry)) {
                  delay = this._requeueEntryOnConnectionClose(connection);
                } else {
                  this._failDeliveryOnConnectionClose(connection);
                }
              }
              if (delay) {
                setTimeout(() => this._continueProcessing(), delay);
              } else {
                this._continueProcessing();
              }
            }, 50);
          } else {
            if (!this._closed && this.idling && !this._connections.length) {
              this.emit("clear");
            }
            this._continueProcessing();
          }
        });
        this._connections.push(connection);
        return connection;
      }
      /** @internal */
      _shouldRequeuOnConnectionClose(queueEntry) {
        if (this.options.maxRequeues < 0) {
          return true;
        }
        return queueEntry.requeueAttempts < this.options.maxRequeues;
      }
      /** @internal */
      _failDeliveryOnConnectionClose(connection) {
        if (connection.queueEntry && connection.queueEntry.callback) {
          try {
            const err = new Error("Reached maximum number of retries after connection was closed");
            err.code = ECONNECTION;
            connection.queueEntry.callback(err);
          } catch (E) {
            this.logger.error({
              err: E,
              tnx: "callback",
              messageId: connection.queueEntry.messageId,
              cid: connection.id
            }, "Callback error for #%s: %s", connection.id, E.message);
          }
          connection.queueEntry = false;
        }
      }
      /** @internal */
      _requeueEntryOnConnectionClose(connection) {
        const delay = Math.min(REQUEUE_BASE_DELAY * 2 ** connection.queueEntry.requeueAttempts, REQUEUE_MAX_DELAY);
        connection.queueEntry.requeueAttempts += 1;
        this.logger.debug({
          tnx: "pool",
          cid: connection.id,
          messageId: connection.queueEntry.messageId,
          action: "requeue"
        }, "Re-queued message <%s> for #%s. Attempt: #%s", connection.queueEntry.messageId, connection.id, connection.queueEntry.requeueAttempts);
        connection.queueEntry.resource = void 0;
        this._queue.unshift(connection.queueEntry);
        connection.queueEntry = false;
        return delay;
      }
      /**
       * Continue to process message if the pool hasn't closed
       * @internal
       */
      _continueProcessing() {
        if (this._closed) {
          this.close();
        } else {
          setTimeout(() => this._processMessages(), 100);
        }
      }
      /**
       * Remove resource from pool
       *
       * @param connection The PoolResource to remove
       * @internal
       */
      _removeConnection(connection) {
        const index = this._connections.indexOf(connection);
        if (index !== -1) {
          this._connections.splice(index, 1);
        }
      }
      /**
       * Checks if connections have hit current rate limit and if so, queues the availability callback
       *
       * @param callback Callback function to run once rate limiter has been cleared
       * @internal
       */
      _checkRateLimit(callback) {
        if (!this._rateLimit.limit) {
          return callback();
        }
        const now = Date.now();
        if (this._rateLimit.counter < this._rateLimit.limit) {
          return callback();
        }
        this._rateLimit.waiting.push(callback);
        if (this._rateLimit.checkpoint <= now - this._rateLimit.delta) {
          return this._clearRateLimit();
        }
        if (!this._rateLimit.timeout) {
          this._rateLimit.timeout = setTimeout(() => this._clearRateLimit(), this._rateLimit.delta - (now - this._rateLimit.checkpoint));
          this._rateLimit.checkpoint = now;
        }
      }
      /**
       * Clears current rate limit limitation and runs paused callback
       * @internal
       */
      _clearRateLimit() {
        clearTimeout(this._rateLimit.timeout);
        this._rateLimit.timeout = null;
        this._rateLimit.counter = 0;
        this._rateLimit.checkpoint = false;
        while (this._rateLimit.waiting.length) {
          const cb = this._rateLimit.waiting.shift();
          setImmediate(cb);
        }
      }
      /**
       * Returns true if there are free slots in the queue
       */
      isIdle() {
        return this.idling;
      }
      /**
       * Counts the messages the pool has not finished with yet: the ones waiting in the queue
       * plus the ones a connection is transmitting right now. isIdle() only tells whether the
       * pool can take another message, it is already true while a message is still being sent,
       * so use this to check that nothing would be lost by closing the pool. A message that is
       * re-queued after its connection dropped is counted until its callback runs, also while it waits to be put back on the queue, and
       * it is no longer counted by the time its callback runs.
       *
       * @returns Number of queued and in-flight messages
       */
      pendingCount() {
        return this._pending;
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const auth = new PoolResource(this).auth;
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (err) {
            return done(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const connection = new smtp_connection_default(options);
          connection._connectStartedAt = connectStartedAt;
          let returned = false;
          connection.once("error", (err2) => {
            if (returned) {
              return;
            }
            returned = true;
            connection.close();
            return done(err2);
          });
          connection.once("end", () => {
            if (returned) {
              return;
            }
            returned = true;
            return done(new Error("Connection closed"));
          });
          const finalize = () => {
            if (returned) {
              return;
            }
            returned = true;
            connection.quit();
            return done(null, true);
          };
          connection.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              returned = true;
              connection.close();
              return done(err2);
            }
            if (auth && (connection.allowsAuth || options.forceAuth)) {
              connection.login(auth, (err3) => {
                if (returned) {
                  return;
                }
                if (err3) {
                  returned = true;
                  connection.close();
                  return done(err3);
                }
                finalize();
              });
            } else if (!auth && connection.allowsAuth && options.forceAuth) {
              const err3 = new Error("Authentication info was not provided");
              err3.code = ENOAUTH;
              returned = true;
              connection.close();
              return done(err3);
            } else {
              finalize();
            }
          });
        });
        return promise;
      }
    };
    smtp_pool_default = SMTPPool;
  }
});

// ../main/node_modules/nodemailer/dist/esm/smtp-transport/index.js
var import_node_events5, MESSAGE_AUTH_KEYS, SMTPTransport, smtp_transport_default;
var init_smtp_transport = __esm({
  "../main/node_modules/nodemailer/dist/esm/smtp-transport/index.js"() {
    import_node_events5 = require("node:events");
    init_smtp_connection();
    init_well_known();
    init_shared();
    init_xoauth2();
    init_errors();
    init_package_info();
    MESSAGE_AUTH_KEYS = ["type", "user", "pass", "accessToken", "refreshToken", "expires"];
    SMTPTransport = class extends import_node_events5.EventEmitter {
      constructor(options) {
        super();
        this.supportsAbortSignal = true;
        options = options || {};
        if (typeof options === "string") {
          options = {
            url: options
          };
        }
        let urlData;
        let service = options.service;
        if (typeof options.getSocket === "function") {
          this.getSocket = options.getSocket;
        }
        if (options.url) {
          urlData = parseConnectionUrl(options.url);
          service = service || urlData.service;
        }
        this.options = assign(
          false,
          // create new object
          options,
          // regular options
          urlData,
          // url options
          service && wellKnown(service)
          // wellknown options
        );
        this.logger = getLogger(this.options, {
          component: this.options.component || "smtp-transport"
        });
        this.name = "SMTP";
        this.version = version + "[client:" + version + "]";
        if (this.options.auth) {
          this.auth = this.getAuth({});
        }
      }
      /**
       * Placeholder function for creating proxy sockets. This method immediatelly returns
       * without a socket
       *
       * @param options Connection options
       * @param callback Callback function to run with the socket keys
       */
      getSocket(options, callback) {
        setImmediate(() => callback(null, false));
      }
      getAuth(authOpts) {
        if (!authOpts) {
          if (this.auth && this.auth.oauth2 && this.mailer) {
            this.auth.oauth2.provisionCallback = this.mailer.get("oauth2_provision_cb") || this.auth.oauth2.provisionCallback;
          }
          return this.auth;
        }
        const authData = Object.assign({}, this.options.auth && typeof this.options.auth === "object" ? this.options.auth : {});
        if (typeof authOpts === "object") {
          copyOwnKeys(authData, authOpts, (key) => !MESSAGE_AUTH_KEYS.includes(key));
        }
        if (Object.keys(authData).length === 0) {
          return false;
        }
        switch ((authData.type || "").toString().toUpperCase()) {
          case "OAUTH2": {
            if (!authData.service && !authData.user) {
              return false;
            }
            const oauth2 = new xoauth2_default(authData, this.logger);
            oauth2.provisionCallback = this.mailer && this.mailer.get("oauth2_provision_cb") || oauth2.provisionCallback;
            oauth2.on("token", (token) => this.mailer.emit("token", token));
            oauth2.on("error", (err) => this.emit("error", err));
            return {
              type: "OAUTH2",
              user: authData.user,
              oauth2,
              method: "XOAUTH2"
            };
          }
          default:
            return {
              type: (authData.type || "").toString().toUpperCase() || "LOGIN",
              user: authData.user,
              credentials: {
                user: authData.user || "",
                pass: authData.pass,
                options: authData.options
              },
              method: (authData.method || "").trim().toUpperCase() || this.options.authMethod || false
            };
        }
      }
      /**
       * Sends an e-mail using the selected settings
       *
       * @param mail Mail object
       * @param callback Callback function
       */
      send(mail, callback) {
        const signal = mail.data.signal;
        let returned = false;
        let connection;
        let perCallAuth;
        const cleanupPerCallAuth = () => {
          if (perCallAuth && perCallAuth !== this.auth && perCallAuth.oauth2) {
            perCallAuth.oauth2.removeAllListeners();
          }
          perCallAuth = null;
        };
        const finish = (err, info) => {
          if (returned) {
            return;
          }
          returned = true;
          signal?.removeEventListener("abort", onAbort);
          cleanupPerCallAuth();
          connection?.close();
          callback(err, info);
        };
        function onAbort() {
          finish(createAbortError(signal));
        }
        if (signal) {
          signal.addEventListener("abort", onAbort, { once: true });
          if (signal.aborted) {
            setImmediate(onAbort);
            return;
          }
        }
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (returned) {
            socketOptions && socketOptions.connection?.destroy();
            return;
          }
          if (err) {
            return finish(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const smtp = connection = new smtp_connection_default(options);
          smtp._connectStartedAt = connectStartedAt;
          smtp.once("error", (err2) => finish(err2));
          const sendMessage = () => {
            const envelope = mail.message.getEnvelope();
            const messageId = mail.message.messageId();
            const recipients = [].concat(envelope.to || []);
            if (recipients.length > 3) {
              recipients.push("...and " + recipients.splice(2).length + " more");
            }
            if (mail.data.dsn) {
              envelope.dsn = mail.data.dsn;
            }
            if (mail.data.requireTLSExtensionEnabled) {
              envelope.requireTLSExtensionEnabled = mail.data.requireTLSExtensionEnabled;
            }
            this.logger.info({
              tnx: "send",
              messageId
            }, "Sending message %s to <%s>", messageId, recipients.join(", "));
            smtp.send(envelope, mail.message.createReadStream(), (err2, info) => {
              if (returned) {
                return;
              }
              if (err2) {
                this.logger.error({
                  err: err2,
                  tnx: "send"
                }, "Send error for %s: %s", messageId, err2.message);
                return finish(err2);
              }
              info.envelope = {
                from: envelope.from,
                to: envelope.to
              };
              info.messageId = messageId;
              try {
                return finish(null, info);
              } catch (E) {
                this.logger.error({
                  err: E,
                  tnx: "callback"
                }, "Callback error for %s: %s", messageId, E.message);
              }
            });
          };
          smtp.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              return finish(err2);
            }
            perCallAuth = this.getAuth(mail.data.auth);
            if (perCallAuth && (smtp.allowsAuth || options.forceAuth)) {
              smtp.login(perCallAuth, (err3) => {
                cleanupPerCallAuth();
                if (returned) {
                  return;
                }
                if (err3) {
                  return finish(err3);
                }
                sendMessage();
              });
            } else {
              sendMessage();
            }
          });
        });
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const connectStartedAt = Date.now();
        this.getSocket(Object.assign({}, this.options, { connectStartedAt }), (err, socketOptions) => {
          if (err) {
            return done(err);
          }
          let options = this.options;
          if (socketOptions && socketOptions.connection) {
            this.logger.info({
              tnx: "proxy",
              remoteAddress: socketOptions.connection.remoteAddress,
              remotePort: socketOptions.connection.remotePort,
              destHost: options.host || "",
              destPort: options.port || "",
              action: "connected"
            }, "Using proxied socket from %s:%s to %s:%s", socketOptions.connection.remoteAddress, socketOptions.connection.remotePort, options.host || "", options.port || "");
            options = Object.assign(assign(false, options), socketOptions);
          }
          const connection = new smtp_connection_default(options);
          connection._connectStartedAt = connectStartedAt;
          let returned = false;
          let perCallAuth;
          const cleanupPerCallAuth = () => {
            if (perCallAuth && perCallAuth !== this.auth && perCallAuth.oauth2) {
              perCallAuth.oauth2.removeAllListeners();
            }
            perCallAuth = null;
          };
          connection.once("error", (err2) => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            connection.close();
            return done(err2);
          });
          connection.once("end", () => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            return done(new Error("Connection closed"));
          });
          const finalize = () => {
            if (returned) {
              return;
            }
            returned = true;
            cleanupPerCallAuth();
            connection.quit();
            return done(null, true);
          };
          connection.connect((err2) => {
            if (returned) {
              return;
            }
            if (err2) {
              returned = true;
              connection.close();
              return done(err2);
            }
            perCallAuth = this.getAuth({});
            if (perCallAuth && (connection.allowsAuth || options.forceAuth)) {
              connection.login(perCallAuth, (err3) => {
                cleanupPerCallAuth();
                if (returned) {
                  return;
                }
                if (err3) {
                  returned = true;
                  connection.close();
                  return done(err3);
                }
                finalize();
              });
            } else if (!perCallAuth && connection.allowsAuth && options.forceAuth) {
              const err3 = new Error("Authentication info was not provided");
              err3.code = ENOAUTH;
              returned = true;
              cleanupPerCallAuth();
              connection.close();
              return done(err3);
            } else {
              finalize();
            }
          });
        });
        return promise;
      }
      /**
       * Releases resources
       */
      close() {
        if (this.auth && this.auth.oauth2) {
          this.auth.oauth2.removeAllListeners();
        }
        this.emit("close");
      }
    };
    smtp_transport_default = SMTPTransport;
  }
});

// ../main/node_modules/nodemailer/dist/esm/sendmail-transport/index.js
var import_node_child_process, import_node_stream15, STDIN_ERROR_EXIT_WAIT, SendmailTransport, sendmail_transport_default;
var init_sendmail_transport = __esm({
  "../main/node_modules/nodemailer/dist/esm/sendmail-transport/index.js"() {
    import_node_child_process = require("node:child_process");
    import_node_stream15 = require("node:stream");
    init_package_info();
    init_shared();
    init_errors();
    init_le_windows();
    init_le_unix();
    STDIN_ERROR_EXIT_WAIT = 1e3;
    SendmailTransport = class {
      constructor(options) {
        options = options || {};
        this._spawn = import_node_child_process.spawn;
        this.options = options;
        this.name = "Sendmail";
        this.version = version;
        this.path = "sendmail";
        this.args = false;
        this.logger = getLogger(this.options, {
          component: this.options.component || "sendmail"
        });
        if (typeof options === "string") {
          this.path = options;
        } else if (typeof options === "object") {
          if (options.path) {
            this.path = options.path;
          }
          if (Array.isArray(options.args)) {
            this.args = options.args;
          }
        }
        this.winbreak = ["win", "windows", "dos", "\r\n"].includes((options.newline || "").toString().toLowerCase());
      }
      /**
       * <p>Compiles a mailcomposer message and forwards it to handler that sends it.</p>
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        let returned;
        const hasInvalidAddresses = [].concat(envelope.from || []).concat(envelope.to || []).some((addr) => /^"?-/.test(addr));
        if (hasInvalidAddresses) {
          const err = new Error("Can not send mail. Invalid envelope addresses.");
          err.code = ESENDMAIL;
          return done(err);
        }
        const args = this.args ? ["-i"].concat(this.args).concat(envelope.to) : ["-i"].concat(envelope.from ? ["-f", envelope.from] : []).concat(envelope.to);
        const callback = (err) => {
          if (returned) {
            return;
          }
          returned = true;
          if (typeof done === "function") {
            if (err) {
              return done(err);
            }
            return done(null, {
              envelope,
              messageId,
              response: "Messages queued for delivery"
            });
          }
        };
        let sendmail;
        try {
          sendmail = this._spawn(this.path, args);
        } catch (E) {
          this.logger.error({
            err: E,
            tnx: "spawn",
            messageId
          }, "Error occurred while spawning sendmail. %s", E.message);
          return callback(E);
        }
        if (sendmail) {
          let stream;
          const messageWritten = () => !!stream && stream.readableEnded;
          let stdinError = null;
          const release = () => {
            if (stream && !messageWritten()) {
              stream.destroy();
            }
          };
          const fail = (err) => {
            release();
            callback(err);
          };
          sendmail.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "spawn",
              messageId
            }, "Error occurred when sending message %s. %s", messageId, err.message);
            fail(err);
          });
          const onExit = (code, signal) => {
            let err = null;
            if (code) {
              err = new Error(code === 127 ? "Sendmail command not found, process exited with code " + code : "Sendmail exited with code " + code);
            } else if (signal) {
              err = new Error("Sendmail was terminated by " + signal);
            } else if (!messageWritten()) {
              err = new Error("Sendmail exited before the message was written");
            } else if (stdinError) {
              err = stdinError;
            }
            if (!err) {
              return callback();
            }
            err.code = err.code || ESENDMAIL;
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error sending message %s to sendmail. %s", messageId, err.message);
            fail(err);
          };
          sendmail.once("exit", onExit);
          sendmail.once("close", onExit);
          sendmail.stdin.on("error", (err) => {
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error occurred when piping message %s to sendmail. %s", messageId, err.message);
            if (stdinError) {
              return;
            }
            stdinError = err;
            release();
            const exitTimer = setTimeout(() => fail(err), STDIN_ERROR_EXIT_WAIT);
            sendmail.once("exit", () => clearTimeout(exitTimer));
          });
          const recipients = [].concat(envelope.to || []);
          if (recipients.length > 3) {
            recipients.push("...and " + recipients.splice(2).length + " more");
          }
          this.logger.info({
            tnx: "send",
            messageId
          }, "Sending message %s to <%s>", messageId, recipients.join(", "));
          const sourceStream = mail.message.createReadStream();
          stream = sourceStream;
          if (this.options.newline) {
            stream = (0, import_node_stream15.pipeline)(sourceStream, this.winbreak ? new LeWindows() : new LeUnix(), () => false);
          }
          stream.once("error", (err) => {
            this.logger.error({
              err,
              tnx: "stdin",
              messageId
            }, "Error occurred when generating message %s. %s", messageId, err.message);
            sendmail.kill("SIGINT");
            callback(err);
          });
          stream.pipe(sendmail.stdin);
        } else {
          const err = new Error("sendmail was not found");
          err.code = ESENDMAIL;
          return callback(err);
        }
      }
    };
    sendmail_transport_default = SendmailTransport;
  }
});

// ../main/node_modules/nodemailer/dist/esm/stream-transport/index.js
var StreamTransport, stream_transport_default;
var init_stream_transport = __esm({
  "../main/node_modules/nodemailer/dist/esm/stream-transport/index.js"() {
    init_package_info();
    init_shared();
    init_le_windows();
    init_le_unix();
    StreamTransport = class {
      constructor(options) {
        options = options || {};
        this.options = options;
        this.name = "StreamTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "stream-transport"
        });
        this.winbreak = ["win", "windows", "dos", "\r\n"].includes((options.newline || "").toString().toLowerCase());
      }
      /**
       * Compiles a mailcomposer message and forwards it to handler that sends it
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Sending message %s to <%s> using %s line breaks", messageId, recipients.join(", "), this.winbreak ? "<CR><LF>" : "<LF>");
        setImmediate(() => {
          let stream;
          try {
            stream = mail.message.createReadStream();
            if (this.options.newline) {
              const sourceStream = stream;
              stream = sourceStream.pipe(this.winbreak ? new LeWindows() : new LeUnix());
              sourceStream.once("error", (err) => stream.emit("error", err));
            }
          } catch (E) {
            this.logger.error({
              err: E,
              tnx: "send",
              messageId
            }, "Creating send stream failed for %s. %s", messageId, E.message);
            return done(E);
          }
          if (!this.options.buffer) {
            stream.once("error", (err) => {
              this.logger.error({
                err,
                tnx: "send",
                messageId
              }, "Failed creating message for %s. %s", messageId, err.message);
            });
            return done(null, {
              envelope,
              messageId,
              message: stream
            });
          }
          const chunks = [];
          let chunklen = 0;
          stream.on("readable", () => {
            let chunk;
            while ((chunk = stream.read()) !== null) {
              chunks.push(chunk);
              chunklen += chunk.length;
            }
          });
          stream.once("error", (err) => {
            this.logger.error({
              err,
              tnx: "send",
              messageId
            }, "Failed creating message for %s. %s", messageId, err.message);
            return done(err);
          });
          stream.on("end", () => done(null, {
            envelope,
            messageId,
            message: Buffer.concat(chunks, chunklen)
          }));
        });
      }
    };
    stream_transport_default = StreamTransport;
  }
});

// ../main/node_modules/nodemailer/dist/esm/json-transport/index.js
var JSONTransport, json_transport_default;
var init_json_transport = __esm({
  "../main/node_modules/nodemailer/dist/esm/json-transport/index.js"() {
    init_package_info();
    init_shared();
    JSONTransport = class {
      constructor(options) {
        options = options || {};
        this.options = options;
        this.name = "JSONTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "json-transport"
        });
      }
      /**
       * <p>Compiles a mailcomposer message and forwards it to handler that sends it.</p>
       *
       * @param mail MailComposer object
       * @param done Callback function to run when the sending is completed
       */
      send(mail, done) {
        mail.message.keepBcc = true;
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Composing JSON structure of %s to <%s>", messageId, recipients.join(", "));
        setImmediate(() => {
          mail.normalize((err, data) => {
            if (err) {
              this.logger.error({
                err,
                tnx: "send",
                messageId
              }, "Failed building JSON structure for %s. %s", messageId, err.message);
              return done(err);
            }
            delete data.envelope;
            delete data.normalizedHeaders;
            delete data.signal;
            return done(null, {
              envelope,
              messageId,
              message: this.options.skipEncoding ? data : JSON.stringify(data)
            });
          });
        });
      }
    };
    json_transport_default = JSONTransport;
  }
});

// ../main/node_modules/nodemailer/dist/esm/ses-transport/index.js
function tagSesError(err) {
  if (err && typeof err === "object" && !err.code) {
    err.code = ESES;
  }
  return err;
}
var import_node_events6, SESTransport, ses_transport_default;
var init_ses_transport = __esm({
  "../main/node_modules/nodemailer/dist/esm/ses-transport/index.js"() {
    import_node_events6 = __toESM(require("node:events"), 1);
    init_package_info();
    init_shared();
    init_errors();
    init_le_windows();
    init_mime_node();
    SESTransport = class extends import_node_events6.default {
      constructor(options) {
        super();
        if (!options || !options.SES || !options.SES.sesClient) {
          const error2 = new Error("Missing SES configuration, expecting { sesClient, SendEmailCommand } from @aws-sdk/client-sesv2, see https://nodemailer.com/transports/ses/");
          error2.code = ECONFIG;
          throw error2;
        }
        this.options = options;
        this.ses = this.options.SES;
        this.name = "SESTransport";
        this.version = version;
        this.logger = getLogger(this.options, {
          component: this.options.component || "ses-transport"
        });
      }
      getRegion(cb) {
        if (this.ses.sesClient.config && typeof this.ses.sesClient.config.region === "function") {
          this.ses.sesClient.config.region().then((region) => cb(null, region), (err) => cb(err));
          return;
        }
        return cb(null, false);
      }
      /**
       * Compiles a mailcomposer message and forwards it to SES
       *
       * @param mail MailComposer object
       * @param callback Callback function to run when the sending is completed
       */
      send(mail, callback) {
        let fromHeader = mail.message._headers.find((header) => /^from$/i.test(header.key));
        if (fromHeader) {
          const mimeNode = new mime_node_default("text/plain");
          fromHeader = mimeNode._convertAddresses(mimeNode._parseAddresses(fromHeader.value));
        }
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        const recipients = [].concat(envelope.to || []);
        if (recipients.length > 3) {
          recipients.push("...and " + recipients.splice(2).length + " more");
        }
        this.logger.info({
          tnx: "send",
          messageId
        }, "Sending message %s to <%s>", messageId, recipients.join(", "));
        const getRawMessage = (next) => {
          if (!mail.data._dkim) {
            mail.data._dkim = {};
          }
          if (mail.data._dkim.skipFields && typeof mail.data._dkim.skipFields === "string") {
            mail.data._dkim.skipFields += ":date:message-id";
          } else {
            mail.data._dkim.skipFields = "date:message-id";
          }
          const sourceStream = mail.message.createReadStream();
          const stream = sourceStream.pipe(new LeWindows());
          const chunks = [];
          let chunklen = 0;
          stream.on("readable", () => {
            let chunk;
            while ((chunk = stream.read()) !== null) {
              chunks.push(chunk);
              chunklen += chunk.length;
            }
          });
          sourceStream.once("error", (err) => stream.emit("error", err));
          stream.once("error", (err) => next(err));
          stream.once("end", () => next(null, Buffer.concat(chunks, chunklen)));
        };
        setImmediate(() => getRawMessage((err, raw) => {
          if (err) {
            this.logger.error({
              err,
              tnx: "send",
              messageId
            }, "Failed creating message for %s. %s", messageId, err.message);
            return callback(err);
          }
          const sesMessage = copyOwnKeys({
            Content: {
              Raw: {
                // required
                Data: raw
                // required
              }
            },
            FromEmailAddress: fromHeader || envelope.from,
            Destination: {
              ToAddresses: envelope.to
            }
          }, mail.data.ses);
          this.getRegion((err2, region) => {
            if (err2 || !region) {
              region = "us-east-1";
            }
            let sendPromise;
            try {
              const command = new this.ses.SendEmailCommand(sesMessage);
              sendPromise = this.ses.sesClient.send(command);
            } catch (err3) {
              tagSesError(err3);
              this.logger.error({
                err: err3,
                tnx: "send"
              }, "Send error for %s: %s", messageId, err3.message);
              setImmediate(() => callback(err3));
              return;
            }
            sendPromise.then((data) => {
              if (region === "us-east-1") {
                region = "email";
              }
              const info = {
                envelope: {
                  from: envelope.from,
                  to: envelope.to
                },
                messageId: "<" + data.MessageId + (!/@/.test(data.MessageId) ? "@" + region + ".amazonses.com" : "") + ">",
                response: data.MessageId,
                raw
              };
              setImmediate(() => callback(null, info));
            }).catch((err3) => {
              tagSesError(err3);
              this.logger.error({
                err: err3,
                tnx: "send"
              }, "Send error for %s: %s", messageId, err3.message);
              setImmediate(() => callback(err3));
            });
          });
        }));
      }
      verify(callback) {
        let promise;
        if (!callback) {
          promise = new Promise((resolve4, reject) => {
            callback = callbackPromise(resolve4, reject);
          });
        }
        const done = callback;
        const cb = (err) => {
          if (err && !["InvalidParameterValue", "MessageRejected"].includes(err.code || err.Code || err.name)) {
            return done(tagSesError(err));
          }
          return done(null, true);
        };
        const sesMessage = {
          Content: {
            Raw: {
              Data: Buffer.from("From: <invalid@invalid>\r\nTo: <invalid@invalid>\r\n Subject: Invalid\r\n\r\nInvalid")
            }
          },
          FromEmailAddress: "invalid@invalid",
          Destination: {
            ToAddresses: ["invalid@invalid"]
          }
        };
        this.getRegion(() => {
          let sendPromise;
          try {
            const command = new this.ses.SendEmailCommand(sesMessage);
            sendPromise = this.ses.sesClient.send(command);
          } catch (err) {
            setImmediate(() => cb(err));
            return;
          }
          sendPromise.then(() => setImmediate(() => cb(null))).catch((err) => setImmediate(() => cb(err)));
        });
        return promise;
      }
    };
    ses_transport_default = SESTransport;
  }
});

// ../main/node_modules/nodemailer/dist/esm/nodemailer.js
var nodemailer_exports = {};
__export(nodemailer_exports, {
  createTestAccount: () => createTestAccount,
  createTransport: () => createTransport,
  default: () => nodemailer_default,
  getTestMessageUrl: () => getTestMessageUrl
});
function createTransport(transporter, defaults) {
  let options;
  if (
    // provided transporter is a configuration object, not transporter plugin
    typeof transporter === "object" && typeof transporter.send !== "function" || // provided transporter looks like a connection url
    typeof transporter === "string" && /^(smtps?|direct):/i.test(transporter)
  ) {
    const urlConfig = typeof transporter === "string" ? transporter : transporter.url;
    if (urlConfig) {
      const parsed = parseConnectionUrl(urlConfig);
      options = typeof transporter === "object" ? assign(false, copyOwnKeys({}, transporter, (key) => key === "url"), parsed) : parsed;
    } else {
      options = transporter;
    }
    if (options.pool) {
      transporter = new smtp_pool_default(options);
    } else if (options.sendmail) {
      transporter = new sendmail_transport_default(options);
    } else if (options.streamTransport) {
      transporter = new stream_transport_default(options);
    } else if (options.jsonTransport) {
      transporter = new json_transport_default(options);
    } else if (options.SES) {
      const ses = options.SES;
      if (ses.ses && ses.aws) {
        const error2 = new Error("Using legacy SES configuration, expecting @aws-sdk/client-sesv2, see https://nodemailer.com/transports/ses/");
        error2.code = ECONFIG;
        throw error2;
      }
      transporter = new ses_transport_default(options);
    } else {
      transporter = new smtp_transport_default(options);
    }
  }
  return new mailer_default(transporter, options, defaults);
}
function createTestAccount(apiUrl, callback) {
  let promise;
  if (!callback && typeof apiUrl === "function") {
    callback = apiUrl;
    apiUrl = false;
  }
  if (!callback) {
    promise = new Promise((resolve4, reject) => {
      callback = callbackPromise(resolve4, reject);
    });
  }
  const done = callback;
  if (etherealCache() && testAccount) {
    setImmediate(() => done(null, testAccount));
    return promise;
  }
  apiUrl = apiUrl || etherealApi();
  const chunks = [];
  let chunklen = 0;
  const requestHeaders = {};
  const requestBody = {
    requestor: name,
    version
  };
  const apiKey = etherealApiKey();
  if (apiKey) {
    requestHeaders.Authorization = "Bearer " + apiKey;
  }
  const fetchOptions = {
    contentType: "application/json",
    method: "POST",
    headers: requestHeaders,
    body: Buffer.from(JSON.stringify(requestBody))
  };
  if (/^https:/i.test(apiUrl)) {
    fetchOptions.tls = { rejectUnauthorized: true };
  }
  const req = fetch_default(apiUrl + "/user", fetchOptions);
  req.on("readable", () => {
    let chunk;
    while ((chunk = req.read()) !== null) {
      chunks.push(chunk);
      chunklen += chunk.length;
    }
  });
  req.once("error", (err) => done(err));
  req.once("end", () => {
    const res = Buffer.concat(chunks, chunklen);
    let data;
    try {
      data = JSON.parse(res.toString());
    } catch (E) {
      return done(E);
    }
    if (data.status !== "success" || data.error) {
      return done(new Error(data.error || "Request failed"));
    }
    delete data.status;
    testAccount = data;
    done(null, testAccount);
  });
  return promise;
}
function getTestMessageUrl(info) {
  if (!info || !info.response) {
    return false;
  }
  const infoProps = /* @__PURE__ */ new Map();
  const response = info.response.toString();
  if (response.length > 2 && response.charAt(response.length - 1) === "]") {
    const open = response.indexOf("[", response.lastIndexOf("]", response.length - 2) + 1);
    if (open >= 0 && open < response.length - 2) {
      const props = response.substring(open + 1, response.length - 1);
      props.replace(/\b([A-Z0-9]+)=([^\s]+)/g, (m, key, value) => {
        infoProps.set(key, value);
        return m;
      });
    }
  }
  if (infoProps.has("STATUS") && infoProps.has("MSGID")) {
    return (testAccount && testAccount.web || etherealWeb()) + "/message/" + infoProps.get("MSGID");
  }
  return false;
}
var etherealApi, etherealWeb, etherealApiKey, etherealCache, testAccount, nodemailer, nodemailer_default;
var init_nodemailer = __esm({
  "../main/node_modules/nodemailer/dist/esm/nodemailer.js"() {
    init_mailer();
    init_shared();
    init_smtp_pool();
    init_smtp_transport();
    init_sendmail_transport();
    init_stream_transport();
    init_json_transport();
    init_ses_transport();
    init_errors();
    init_fetch();
    init_package_info();
    etherealApi = () => (process.env.ETHEREAL_API || "https://api.nodemailer.com").replace(/\/+$/, "");
    etherealWeb = () => (process.env.ETHEREAL_WEB || "https://ethereal.email").replace(/\/+$/, "");
    etherealApiKey = () => (process.env.ETHEREAL_API_KEY || "").replace(/\s*/g, "") || null;
    etherealCache = () => ["true", "yes", "y", "1"].includes((process.env.ETHEREAL_CACHE || "yes").toString().trim().toLowerCase());
    testAccount = false;
    nodemailer = {
      createTransport,
      createTestAccount,
      getTestMessageUrl
    };
    nodemailer_default = nodemailer;
  }
});

// src/autoscaler/main.ts
var main_exports = {};
__export(main_exports, {
  main: () => main,
  parseRunArgs: () => parseRunArgs
});
module.exports = __toCommonJS(main_exports);

// src/core/config.ts
var fs = __toESM(require("node:fs"));
var path = __toESM(require("node:path"));

// src/core/errors.ts
var UsageError = class extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
    this.name = "UsageError";
  }
  hint;
  exitCode = 2;
};
var StepFailed = class extends Error {
  constructor(message, hint, details) {
    super(message);
    this.hint = hint;
    this.details = details;
    this.name = "StepFailed";
  }
  hint;
  details;
  exitCode = 1;
};
function exitCodeOf(err) {
  if (err instanceof UsageError || err instanceof StepFailed) return err.exitCode;
  return 1;
}
function describeError(err) {
  if (err instanceof UsageError || err instanceof StepFailed) {
    return err.hint ? `${err.message}
  \u2192 ${err.hint}` : err.message;
  }
  if (err instanceof Error) return err.stack ?? err.message;
  return String(err);
}

// src/core/config-schema.ts
var import_ajv = __toESM(require_ajv());

// resources/slipway/slipway.schema.json
var slipway_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://slipway.dev/slipway.schema.json",
  title: "slipway.json",
  description: "Configuration of one app deployed by slipway. Every field has a default; secrets never go here (they come from DD_API_KEY, DD_APP_KEY, SLIPWAY_ADMIN_TOKEN, SLIPWAY_FLAGS_TOKEN and REDIS_URL in the environment).",
  type: "object",
  additionalProperties: false,
  default: {},
  properties: {
    $schema: {
      type: "string"
    },
    stateDir: {
      type: "string",
      minLength: 1,
      default: "/var/lib/slipway",
      description: "Where slipway keeps host state (deploy history, proxy ejection state, locks)."
    },
    app: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The app being deployed.",
      properties: {
        name: {
          type: "string",
          pattern: "^[a-z0-9][a-z0-9_.-]{0,62}$",
          description: "Name used for images, containers and labels. Default: the app's package.json name, else its directory name."
        },
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          default: 3e3,
          description: "Port the app listens on when it runs alone (its PORT env); deploy gives each role its own."
        },
        healthPath: {
          type: "string",
          pattern: "^/[^\\s?#]*$",
          default: "/health",
          description: "HTTP path that answers 200 when the app is ready (no spaces, query or fragment)."
        },
        testCommand: {
          type: "string",
          minLength: 1,
          default: "npm test",
          description: "The app's own test command, run inside the built image."
        },
        testNetwork: {
          type: "string",
          enum: ["none", "host"],
          default: "none",
          description: "Network of the test container. none: loopback only, nothing of this host. host opts in to this host's network, where slipway's Redis, toggle server and proxy admin answer: only for tests that need them."
        },
        buildNetwork: {
          type: "string",
          enum: ["none", "host"],
          default: "none",
          description: "Network of the image build's RUN instructions. none: no network. host opts in to this host's network (e.g. for RUN npm ci), where slipway's Redis, toggle server and proxy admin answer."
        },
        env: {
          type: "object",
          default: {},
          additionalProperties: {
            type: "string"
          },
          description: "Extra non-secret environment for the app's containers.",
          propertyNames: {
            pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
          }
        }
      }
    },
    images: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Images slipway builds and starts from.",
      properties: {
        nodeVersion: {
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
          default: "20",
          description: "Node.js version of the base image (node:<version>-bookworm-slim)."
        },
        pull: {
          type: "boolean",
          default: true,
          description: "Pull the official node:<nodeVersion>-bookworm-slim image. false (offline hosts, tests, demos) makes an equivalent base image from the local Node runtime with `docker import` instead."
        },
        base: {
          type: "string",
          description: "Base image passed to the Dockerfile as NODE_IMAGE. Default: node:<nodeVersion>-bookworm-slim when present, else the one `slipway base-image` makes offline.",
          format: "docker-reference"
        },
        repository: {
          type: "string",
          pattern: "^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$",
          description: "Image repository for the app. Default: app.name."
        },
        registry: {
          type: "string",
          pattern: "^[a-zA-Z0-9.-]+(:[0-9]{1,5})?$",
          description: `Registry (host[:port]) every swarm node pulls the app image from. Default with deploy.target "swarm": one slipway runs on the manager (Debian's docker-registry) at <manager address>:deploy.swarm.registryPort.`
        }
      }
    },
    analyse: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Gates of `slipway analyse` (ESLint and npm audit).",
      properties: {
        maxLintErrors: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Fail when ESLint reports more errors than this."
        },
        maxLintWarnings: {
          type: "integer",
          minimum: 0,
          description: "Fail when ESLint reports more warnings than this. Default: no limit."
        },
        maxAuditSeverity: {
          type: "string",
          enum: [
            "none",
            "info",
            "low",
            "moderate",
            "high",
            "critical"
          ],
          default: "moderate",
          description: 'Highest npm audit severity allowed; a vulnerability above it fails the step. "none" allows none.'
        },
        require: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "lint",
              "audit"
            ]
          },
          default: [
            "lint"
          ],
          description: "Tools that must run: one that cannot (no ESLint, registry unreachable) fails the step instead of being reported as not run."
        }
      }
    },
    deploy: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Production and canary containers.",
      properties: {
        target: {
          type: "string",
          default: "host",
          enum: ["host", "swarm"],
          description: 'Where the roles run. "host": containers on this Docker engine; "swarm": services of a Docker Swarm whose manager this engine is (README: From one host to a swarm).'
        },
        network: {
          type: "string",
          default: "host",
          description: 'Container networking. "host": each role on its own loopback port (the only mode in this version; see README for bridge networks).',
          enum: [
            "host"
          ]
        },
        bindAddress: {
          type: "string",
          default: "127.0.0.1",
          description: "Address the app containers listen on with host networking.",
          format: "ip"
        },
        production: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "The production container.",
          properties: {
            port: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 3001,
              description: "Host port of this role's container."
            },
            branch: {
              type: "string",
              default: "main",
              description: "Git branch this role is built from.",
              format: "git-branch"
            }
          }
        },
        canary: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "The canary container.",
          properties: {
            port: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 3002,
              description: "Host port of this role's container."
            },
            branch: {
              type: "string",
              default: "staging",
              description: "Git branch this role is built from.",
              format: "git-branch"
            }
          }
        },
        standbyPortOffset: {
          type: "integer",
          minimum: 1,
          maximum: 1e4,
          default: 100,
          description: "With host networking a replacement container starts on port + this offset while the old one still serves on port, then the proxy switches to it; the next deploy switches back."
        },
        memoryMb: {
          type: "integer",
          minimum: 16,
          default: 256,
          description: "Starting memory limit of each app container (the autoscaler raises it)."
        },
        healthTimeoutSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 60,
          description: "How long a new container has to become healthy."
        },
        healthIntervalMs: {
          type: "integer",
          minimum: 50,
          default: 500,
          description: "Pause between health probes."
        },
        drainTimeoutSec: {
          type: "number",
          minimum: 0,
          default: 30,
          description: "How long in-flight requests may take on a container being replaced."
        },
        keepCanaryAfterPromote: {
          type: "boolean",
          default: false,
          description: "Keep the canary container running after `canary promote`."
        },
        historySize: {
          type: "integer",
          minimum: 1,
          default: 10,
          description: "Images remembered per role for rollback."
        },
        swarm: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: 'Services on a Docker Swarm (deploy.target "swarm").',
          properties: {
            replicas: {
              type: "object",
              additionalProperties: false,
              default: {},
              description: "Tasks per role.",
              properties: {
                production: { type: "integer", minimum: 1, maximum: 100, default: 2, description: "Production tasks, spread over the nodes." },
                canary: { type: "integer", minimum: 1, maximum: 100, default: 1, description: "Canary tasks." }
              }
            },
            network: {
              type: "string",
              pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$",
              description: "Overlay network the roles (and the proxy) share. Default: <app.name>-net, made by slipway."
            },
            updateMonitorSec: {
              type: "number",
              minimum: 1,
              maximum: 600,
              default: 10,
              description: "How long each updated task must stay healthy before the rolling update goes on; a failure within it rolls the service back."
            },
            updateDelaySec: {
              type: "number",
              minimum: 0,
              maximum: 600,
              default: 0,
              description: "Pause between updating one task and the next."
            },
            registryPort: {
              type: "integer",
              minimum: 1,
              maximum: 65535,
              default: 5e3,
              description: "Port of the registry slipway runs on the manager when images.registry is not set."
            },
            proxy: {
              type: "boolean",
              default: true,
              description: "Run slipway's proxy as a service in front of both roles (one task on the manager, proxy.listen and proxy.admin ports published there); needs SLIPWAY_ADMIN_TOKEN."
            }
          }
        }
      }
    },
    proxy: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The canary proxy in front of production and canary.",
      properties: {
        listen: {
          default: "127.0.0.1:8080",
          description: "Where users' traffic enters.",
          type: "string",
          format: "listen"
        },
        admin: {
          default: "127.0.0.1:8081",
          description: "Admin API (status, weights, abort/resume, Datadog webhook, metrics); needs SLIPWAY_ADMIN_TOKEN.",
          type: "string",
          format: "listen"
        },
        weights: {
          type: "object",
          additionalProperties: false,
          default: {
            production: 2,
            canary: 1
          },
          description: "Traffic split between production and canary.",
          properties: {
            production: {
              type: "integer",
              minimum: 0,
              default: 2
            },
            canary: {
              type: "integer",
              minimum: 0,
              default: 1
            }
          }
        },
        production: {
          type: "string",
          description: "Production target (http://HOST:PORT). Default: the running production container, else http://<deploy.bindAddress>:<deploy.production.port>.",
          format: "http-target"
        },
        canary: {
          type: "string",
          description: 'Canary target (http://HOST:PORT), or "none". Default: the running canary container, else none for `proxy up` and http://<deploy.bindAddress>:<deploy.canary.port> for `proxy run`.',
          format: "http-target-or-none"
        },
        stickyCookie: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]*$",
          default: "",
          description: "Cookie name that keeps a user on one version; empty turns stickiness off."
        },
        stickyHeader: {
          type: "string",
          pattern: "^[A-Za-z0-9-]*$",
          default: "",
          description: "A request header holding a user or session id (e.g. X-User-Id): its value fixes the user's bucket, so the user stays on one version without a cookie. Empty: off."
        },
        allowedBackends: {
          type: "array",
          items: {
            type: "string",
            format: "http-target"
          },
          description: "Targets (http://HOST:PORT) the admin API's PUT /backends may point production or canary at, besides the targets the proxy started with. Default: http://<deploy.bindAddress>:<port> for each role's port and standby port (port + deploy.standbyPortOffset)."
        },
        trustedProxies: {
          type: "array",
          items: { type: "string", format: "ip" },
          default: [],
          description: "Addresses of front proxies (a load balancer, TLS terminator) whose X-Forwarded-For/-Proto/-Host are kept and extended; from anyone else they are replaced."
        },
        retryIdempotent: {
          type: "boolean",
          default: true,
          description: "Retry a GET/HEAD that fails on the canary once on production."
        },
        requestTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 3e4
        },
        idleTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 6e4
        },
        upgrades: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+(/[A-Za-z0-9!#$%&'*+.^_`|~-]+)?$"
          },
          default: ["websocket"],
          description: "Upgrade protocols a GET may switch to through the proxy (a tunnel opens only after the backend's 101); empty allows none."
        },
        tunnelIdleTimeoutMs: {
          type: "integer",
          minimum: 100,
          default: 3e5,
          description: "An upgraded connection (WebSocket) with no traffic either way for this long is closed."
        },
        maxHeaderBytes: {
          type: "integer",
          minimum: 1024,
          default: 16384
        },
        drainTimeoutSec: {
          type: "number",
          minimum: 0,
          default: 15,
          description: "Graceful shutdown: how long in-flight requests may finish."
        }
      }
    },
    canary: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "When the canary stops getting traffic, how it comes back, and how a progressive rollout moves it to production.",
      properties: {
        consecutive5xx: {
          type: "integer",
          minimum: 1,
          default: 5,
          description: "Eject after this many 5xx or connection failures in a row (Envoy's default)."
        },
        windowSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 30,
          description: "Sliding window for the error-rate rule."
        },
        minRequests: {
          type: "integer",
          minimum: 1,
          default: 20,
          description: "The error-rate rule needs at least this many canary requests in the window."
        },
        maxErrorRate: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 1,
          default: 0.2,
          description: "Eject when the canary's 5xx share in the window exceeds this."
        },
        probationSec: {
          type: "number",
          minimum: 0,
          default: 0,
          description: "Opt-in: re-admit an ejected canary after this long; 0 means only an explicit resume re-admits."
        },
        strategy: {
          type: "string",
          enum: [
            "static",
            "progressive"
          ],
          default: "static",
          description: "static: the seed's split (proxy.weights) until an alert ejects the canary and a person promotes it. progressive: canary.steps, each judged against production, ending in automatic promotion (run by `slipway rollout up`)."
        },
        steps: {
          type: "array",
          default: [
            {
              weight: 5,
              holdSec: 60
            },
            {
              weight: 20,
              holdSec: 60
            },
            {
              weight: 33,
              holdSec: 60
            },
            {
              weight: 50,
              holdSec: 60
            }
          ],
          description: 'The progressive rollout: each step sends `weight` percent of traffic to the canary for at least `holdSec` (and until a judgment passes), or waits at a manual gate ({"gate": "manual"}) for `slipway canary continue`. After the last step the canary is promoted.',
          items: {
            type: "object",
            additionalProperties: false,
            properties: {
              weight: {
                type: "integer",
                minimum: 1,
                maximum: 100,
                description: "Percent of traffic to the canary in this step."
              },
              holdSec: {
                type: "number",
                exclusiveMinimum: 0,
                description: "Seconds to stay at this weight at least."
              },
              gate: {
                type: "string",
                enum: [
                  "manual"
                ],
                description: "Wait here for `slipway canary continue` (a Jenkins input step)."
              }
            }
          }
        },
        analysis: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "How the rollout judges the canary against production from the proxy's own measurements, every intervalSec.",
          properties: {
            intervalSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 20,
              description: "Seconds per judgment window."
            },
            confidence: {
              type: "number",
              exclusiveMinimum: 0.5,
              exclusiveMaximum: 1,
              default: 0.98,
              description: "Confidence a test needs before it calls the canary worse (Kayenta's 0.98)."
            },
            minRequests: {
              type: "integer",
              minimum: 1,
              default: 50,
              description: "Requests each role needs in a window; fewer is Inconclusive, never a pass."
            },
            successRateMin: {
              type: "number",
              minimum: 0,
              maximum: 100,
              default: 99,
              description: "Percent: Failed when the canary's success rate is confidently below this (Flagger's 99)."
            },
            p99MaxMs: {
              type: "number",
              exclusiveMinimum: 0,
              default: 500,
              description: "Failed when the canary's p99 latency is above this and above production's (Flagger's 500 ms)."
            },
            errorMargin: {
              type: "number",
              minimum: 0,
              maximum: 1,
              default: 0.01,
              description: "How much higher (absolute) the canary's 5xx rate may be than production's before the error test counts it."
            },
            latencyTolerance: {
              type: "number",
              minimum: 0,
              default: 0.25,
              description: "How much slower (relative) the canary's latencies may be than production's before the Mann-Whitney test counts it (Kayenta's tolerance)."
            },
            latencyToleranceMs: {
              type: "number",
              minimum: 0,
              default: 5,
              description: "How much slower (absolute, in ms) the canary's latencies may also be: a backend taking a small share of the traffic runs a little colder, and a relative tolerance alone fails it on sub-millisecond differences."
            },
            failureLimit: {
              type: "integer",
              minimum: 0,
              default: 0,
              description: "Failed judgments tolerated; one more aborts (Argo's failureLimit, default 0: the first Failed aborts)."
            },
            inconclusiveLimit: {
              type: "integer",
              minimum: 0,
              default: 3,
              description: "The rollout pauses for a person when more judgments than this were Inconclusive (Argo's inconclusiveLimit; a resume starts the count again)."
            },
            consecutiveErrorLimit: {
              type: "integer",
              minimum: 0,
              default: 4,
              description: "Windows in a row whose metric could not be measured (Error) before the rollout aborts: one more aborts (Argo's consecutiveErrorLimit, 4)."
            },
            metrics: {
              type: "array",
              default: [],
              maxItems: 20,
              description: `Metric providers judged every window beside the proxy's checks (Argo's): {"name", "provider": "datadog", "query", "lookbackSec" (300)} queries Datadog's v1 API (DD_API_KEY, DD_APP_KEY) for the last point of the first series; {"name", "provider": "web", "url", "jsonPath", "timeoutSec" (10)} GETs JSON and reads $.a.b[0]. "successCondition"/"failureCondition": result <op> literal (< <= > >= == !=), joined by && or ||. No answer is an Error.`,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["name", "provider"],
                properties: {
                  name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", description: "letters, digits, . _ -" },
                  provider: { type: "string", enum: ["datadog", "web"] },
                  query: { type: "string", minLength: 1, maxLength: 2e3 },
                  lookbackSec: { type: "number", exclusiveMinimum: 0 },
                  url: { type: "string", format: "webhook-url", maxLength: 2e3 },
                  jsonPath: { type: "string", minLength: 1, maxLength: 500 },
                  timeoutSec: { type: "number", exclusiveMinimum: 0, maximum: 60 },
                  successCondition: { type: "string", minLength: 1, maxLength: 500 },
                  failureCondition: { type: "string", minLength: 1, maxLength: 500 }
                }
              }
            }
          }
        },
        webhooks: {
          type: "array",
          default: [],
          maxItems: 20,
          description: `Flagger-shaped webhooks {"name", "type", "url", "timeoutSec" (10), "metadata"}, POSTed Flagger's payload; a 2xx advances. confirm-rollout: before the first step, else hold; pre-rollout: before the first step, else a Failed judgment; rollout: every window, else Failed; confirm-promotion: before the promotion, else hold at the last step; rollback: every window, a 2xx aborts. SLIPWAY_ROLLOUT_WEBHOOK_TOKEN, when set, goes as a bearer token.`,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "type", "url"],
            properties: {
              name: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", description: "letters, digits, . _ -" },
              type: { type: "string", enum: ["confirm-rollout", "pre-rollout", "rollout", "confirm-promotion", "rollback"] },
              url: { type: "string", format: "webhook-url", maxLength: 2e3 },
              timeoutSec: { type: "number", exclusiveMinimum: 0, maximum: 60 },
              metadata: { type: "object", maxProperties: 50, additionalProperties: { type: "string", maxLength: 2e3 } }
            }
          }
        },
        abortKeepSec: {
          type: "number",
          minimum: 0,
          default: 600,
          description: "An aborted canary gets no traffic at once and keeps running this long for inspection, then is removed."
        },
        controllerListen: {
          type: "string",
          default: "127.0.0.1:8082",
          format: "listen",
          description: "HOST:PORT of the rollout controller's API (status, pause, continue, retry, metrics)."
        }
      }
    },
    flags: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Redis-backed feature flags and the toggle server.",
      properties: {
        listen: {
          default: "127.0.0.1:8000",
          description: "Toggle server address (the seed's http://localhost:8000).",
          type: "string",
          format: "listen"
        },
        namespace: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+$",
          description: "Redis namespace of the app's flags. Default: app.name."
        },
        defaults: {
          type: "object",
          default: {
            myflag: "disable"
          },
          additionalProperties: {
            type: [
              "boolean",
              "string",
              "number",
              "object",
              "array"
            ]
          },
          description: "Flags and their values when nothing is stored yet."
        },
        legacyGetToggle: {
          type: "boolean",
          default: false,
          description: "Let a GET /newfeature toggle myflag, as the seed's server.js did."
        },
        backupFile: {
          type: "string",
          description: "File where the app's flag client keeps its last snapshot for a cold start with Redis down.",
          minLength: 1
        }
      }
    },
    redis: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The Redis server `slipway provision` installs (the password, if any, comes from REDIS_URL).",
      properties: {
        port: {
          type: "integer",
          minimum: 1,
          maximum: 65535,
          default: 6379,
          description: "Port Redis listens on; it must differ from every other port in this file."
        },
        bind: {
          type: "string",
          default: "127.0.0.1",
          format: "ip",
          description: "IP address Redis listens on (written to its config file)."
        }
      }
    },
    monitors: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "Datadog monitors (with DD_API_KEY and DD_APP_KEY) or local alerting (without).",
      properties: {
        cpuPercent: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 60
        },
        memoryMb: {
          type: "number",
          exclusiveMinimum: 0,
          default: 500
        },
        renotifyMinutes: {
          type: "integer",
          minimum: 0,
          default: 15,
          description: "Send the alert again while unresolved; 0 turns re-notify off."
        },
        evaluationWindow: {
          type: "string",
          enum: [
            "last_1m",
            "last_5m",
            "last_10m",
            "last_15m",
            "last_30m",
            "last_1h"
          ],
          default: "last_5m"
        },
        emails: {
          type: "array",
          default: [],
          items: {
            type: "string",
            format: "email"
          },
          description: "Who gets the alert e-mails."
        },
        canary5xx: {
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            source: {
              type: "string",
              enum: [
                "apm",
                "logs"
              ],
              default: "logs"
            },
            threshold: {
              type: "number",
              minimum: 0,
              default: 5,
              description: "5xx responses in the window that raise the canary alert."
            },
            apmSpan: {
              type: "string",
              pattern: "^[a-z0-9_.]+$",
              default: "express.request",
              description: "APM span name of the app's requests (source apm): the monitor reads trace.<apmSpan>.hits.by_http_status."
            }
          }
        },
        tags: {
          type: "array",
          default: [],
          items: {
            type: "string",
            pattern: "^[^,\\s]+$"
          }
        },
        webhookUrl: {
          type: "string",
          description: "Where Datadog posts canary alerts (the proxy's /alerts/datadog, reachable from Datadog) with SLIPWAY_WEBHOOK_TOKEN; https unless it is a loopback address. Default: http://<proxy.admin>/alerts/datadog.",
          format: "webhook-url"
        },
        webhookName: {
          type: "string",
          pattern: "^[A-Za-z0-9_-]+$",
          description: "Name of the Datadog webhook the canary 5xx monitor notifies (@webhook-<name>). Default: slipway-<app.name>."
        },
        local: {
          type: "object",
          additionalProperties: false,
          default: {},
          description: "Alerting without Datadog.",
          properties: {
            smtp: {
              type: "string",
              description: "SMTP server as host:port; empty means no e-mail.",
              default: "",
              format: "smtp-server"
            },
            smtpTls: {
              type: "string",
              enum: ["starttls", "tls", "none"],
              default: "starttls",
              description: "starttls: STARTTLS must succeed (port 587 or 25); tls: TLS from the first byte (port 465); none: plain SMTP, for a relay on this host only when smtpUser is set."
            },
            smtpUser: {
              type: "string",
              pattern: "^[^\\u0000-\\u001f\\u007f]{1,256}$",
              description: "SMTP AUTH user name; the password comes only from SLIPWAY_SMTP_PASSWORD in the environment. Unset: no AUTH."
            },
            smtpCaFile: {
              type: "string",
              pattern: "^/[^\\u0000-\\u001f\\u007f]*$",
              description: "Absolute path of a PEM file with the CA that signed the mail server's certificate, when the system's CAs do not cover it."
            },
            from: {
              type: "string",
              default: "slipway@localhost",
              format: "email",
              description: "Sender address of the alert e-mails."
            },
            webhookUrl: {
              type: "string",
              default: "",
              description: "Also post alerts here (JSON); https unless it is a loopback address.",
              format: "webhook-url-or-empty"
            },
            intervalSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 15,
              description: "How often local alerting evaluates."
            },
            windowSec: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Evaluation window of local alerting in seconds. Default: monitors.evaluationWindow (last_5m = 300); shorten only for tests and demos."
            },
            renotifySec: {
              type: "number",
              minimum: 0,
              description: "Re-notify interval of local alerting in seconds. Default: monitors.renotifyMinutes \xD7 60; shorten only for tests and demos."
            }
          }
        }
      }
    },
    autoscaler: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "The memory autoscaler.",
      properties: {
        intervalSec: {
          type: "number",
          exclusiveMinimum: 0,
          default: 5
        },
        thresholdPercent: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 50
        },
        stepMb: {
          type: "integer",
          minimum: 1,
          default: 100
        },
        maxMb: {
          type: "integer",
          minimum: 16,
          default: 2048
        },
        cooldownSec: {
          type: "number",
          minimum: 0,
          default: 10,
          description: "After a raise, wait this long before raising the same container again."
        },
        oomFactor: {
          type: "number",
          minimum: 1,
          default: 1.2,
          description: "On an OOM kill the limit becomes max(limit + stepMb, limit \xD7 oomFactor)."
        },
        watermarkPercent: {
          type: "number",
          minimum: 0,
          maximum: 100,
          default: 85,
          description: "Fast path: when use will pass this percent of the limit before a raise could land, or grows faster than stepMb per cooldown, raise at once (cooldown or not) to cover the growth until the next evaluation, in whole steps. 0 turns it off."
        },
        tickMs: {
          type: "integer",
          minimum: 50,
          maximum: 5e3,
          default: 250,
          description: "How often each container's cgroup files are read (memory, OOM kills, CPU)."
        },
        scaleDown: {
          type: "object",
          additionalProperties: false,
          default: {},
          properties: {
            enabled: {
              type: "boolean",
              default: false
            },
            belowPercent: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 100,
              default: 20
            },
            afterSec: {
              type: "number",
              exclusiveMinimum: 0,
              default: 300
            }
          }
        },
        metricsListen: {
          default: "127.0.0.1:9464",
          description: "Prometheus metrics and status of the autoscaler.",
          type: "string",
          format: "listen"
        }
      }
    },
    provision: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: "How `slipway provision` prepares the host.",
      properties: {
        dockerdArgs: {
          type: "array",
          items: {
            type: "string",
            format: "dockerd-flag"
          },
          default: [],
          description: "Extra dockerd flags when slipway starts dockerd itself (no systemd), from an allow-list: --bridge=none, --iptables, --ip6tables, --ip-forward, --userland-proxy, --icc (=true|false), --live-restore, --log-level=LEVEL, --data-root=/ABSOLUTE/PATH, --storage-driver=DRIVER."
        }
      }
    }
  }
};

// src/core/config-formats.ts
var net2 = __toESM(require("node:net"));

// src/core/listen-address.ts
var net = __toESM(require("node:net"));
function hostPortOf(value) {
  const m = /^(\[([0-9a-fA-F:]+)\]|([A-Za-z0-9.-]+)):([0-9]{1,5})$/.exec(value);
  const port = m ? Number(m[4]) : NaN;
  return m && port >= 1 && port <= 65535 ? { host: m[2] ?? m[3], port } : void 0;
}
function parseHostPort(value, field) {
  const hp = hostPortOf(value);
  if (!hp) {
    throw new UsageError(`${field}: expected HOST:PORT (e.g. 127.0.0.1:8080), got ${JSON.stringify(value)}`, `give ${field} as an address and a port 1-65535`);
  }
  return hp;
}
function formatHostPort({ host, port }) {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
function localUrlOf(listen, field) {
  const { host, port } = parseHostPort(listen, field);
  const shown = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${formatHostPort({ host: shown, port })}`;
}
function isLoopbackAddress(address) {
  if (!address) return false;
  const a = address.replace(/^::ffff:/, "");
  return a === "::1" || net.isIPv4(a) && a.startsWith("127.");
}
function isLoopbackHost(host) {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || isLoopbackAddress(h);
}

// src/core/config-formats.ts
var LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
var HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*\\.?$`);
function isHostOrIp(host) {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  if (bare !== host) return net2.isIPv6(bare);
  return net2.isIP(host) !== 0 || HOST_NAME.test(host);
}
function isHttpUrl(value, protocols) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return protocols.includes(url.protocol) && isHostOrIp(url.hostname) && !/\s/.test(value);
}
function isWebhookUrl(value) {
  return isHttpUrl(value, ["https:"]) || isHttpUrl(value, ["http:"]) && isLoopbackHost(new URL(value).hostname);
}
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var DOCKER_REFERENCE = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?/)?${COMPONENT}(?:/${COMPONENT})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$`);
var DOCKERD_FLAGS = {
  "--bridge": /^none$/,
  "--iptables": /^(true|false)$/,
  "--ip6tables": /^(true|false)$/,
  "--ip-forward": /^(true|false)$/,
  "--userland-proxy": /^(true|false)$/,
  "--icc": /^(true|false)$/,
  "--live-restore": /^(true|false)?$/,
  "--log-level": /^(debug|info|warn|error|fatal)$/,
  "--data-root": /^\/(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]*$/,
  "--storage-driver": /^(overlay2|fuse-overlayfs|vfs|btrfs|zfs)$/
};
var DOCKERD_WORDS = "--bridge=none, --iptables=true|false, --ip6tables=true|false, --ip-forward=true|false, --userland-proxy=true|false, --icc=true|false, --live-restore, --log-level=debug|info|warn|error|fatal, --data-root=/ABSOLUTE/PATH, --storage-driver=overlay2|fuse-overlayfs|vfs|btrfs|zfs";
function isAllowedDockerdFlag(arg) {
  const eq = arg.indexOf("=");
  const name2 = eq < 0 ? arg : arg.slice(0, eq);
  const check = Object.prototype.hasOwnProperty.call(DOCKERD_FLAGS, name2) ? DOCKERD_FLAGS[name2] : void 0;
  return check !== void 0 && check !== null && check.test(eq < 0 ? "" : arg.slice(eq + 1));
}
var FORMATS = {
  ip: { expected: "an IP address (e.g. 127.0.0.1 or ::1), not a host name", test: (v) => net2.isIP(v) !== 0 },
  listen: {
    expected: "IP:PORT with an IP address and a port 1-65535 (e.g. 127.0.0.1:8080 or [::1]:8080)",
    test: (v) => {
      const hp = hostPortOf(v);
      return hp !== void 0 && net2.isIP(hp.host) !== 0;
    }
  },
  "smtp-server": {
    expected: 'HOST:PORT of an SMTP server (a host name or IP address; port 25 when left out), or "" for no e-mail',
    test: (v) => {
      if (v === "") return true;
      const m = /^(\[[0-9a-fA-F:]+\]|[^:[\]]+)(?::([0-9]{1,5}))?$/.exec(v);
      return m !== null && isHostOrIp(m[1]) && (m[2] === void 0 || Number(m[2]) >= 1 && Number(m[2]) <= 65535);
    }
  },
  email: {
    expected: "an e-mail address (local-part@host, e.g. ops@example.com)",
    test: (v) => {
      const at = v.lastIndexOf("@");
      return at > 0 && v.length <= 254 && /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(v.slice(0, at)) && isHostOrIp(v.slice(at + 1));
    }
  },
  "webhook-url": { expected: "an https:// URL (http:// only to a loopback address: the webhook carries a token)", test: isWebhookUrl },
  "webhook-url-or-empty": { expected: 'an https:// URL (http:// only to a loopback address: the webhook carries a token), or ""', test: (v) => v === "" || isWebhookUrl(v) },
  "http-target": { expected: "http://HOST:PORT (a host name or IP address)", test: (v) => isHttpUrl(v, ["http:"]) },
  "http-target-or-none": { expected: 'http://HOST:PORT (a host name or IP address), or "none"', test: (v) => v === "none" || isHttpUrl(v, ["http:"]) },
  "docker-reference": { expected: "a Docker image reference name[:tag][@sha256:digest] (e.g. node:20-bookworm-slim)", test: (v) => v.length <= 255 && DOCKER_REFERENCE.test(v) },
  "dockerd-flag": { expected: `one of the dockerd flags slipway allows: ${DOCKERD_WORDS}`, test: isAllowedDockerdFlag },
  "git-branch": {
    expected: 'a git branch name (letters, digits, ".", "_", "/", "-"; not starting with "-" or holding "..")',
    test: (v) => /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(v) && !v.includes("..") && !v.endsWith(".lock") && !v.endsWith("/")
  }
};
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

// src/core/secrets.ts
var SECRET_ENV = [
  "DD_API_KEY",
  "DD_APP_KEY",
  "SLIPWAY_ADMIN_TOKEN",
  "SLIPWAY_WEBHOOK_TOKEN",
  "SLIPWAY_FLAGS_TOKEN",
  "SLIPWAY_FLAGS_READ_TOKEN",
  "REDIS_URL",
  "SLIPWAY_SMTP_PASSWORD",
  "SLIPWAY_ROLLOUT_WEBHOOK_TOKEN"
];
var TOKENS = ["SLIPWAY_ADMIN_TOKEN", "SLIPWAY_WEBHOOK_TOKEN", "SLIPWAY_FLAGS_TOKEN", "SLIPWAY_FLAGS_READ_TOKEN"];
var TOKEN_MIN_LENGTH = 16;
function checkTokens(secrets, names) {
  const hint = "make one with `openssl rand -hex 24` and set it in the environment (or the Jenkins credential)";
  for (const name2 of names) {
    const value = secrets.get(name2);
    if (value === void 0 || !TOKENS.includes(name2)) continue;
    if (value.length < TOKEN_MIN_LENGTH) throw new UsageError(`${name2} is ${value.length} characters long; a token needs at least ${TOKEN_MIN_LENGTH}`, hint);
    if (!/^[\x21-\x7e]+$/.test(value)) throw new UsageError(`${name2} holds a space or a character outside visible ASCII, which an Authorization header cannot carry`, hint);
  }
  const admin = secrets.get("SLIPWAY_ADMIN_TOKEN");
  if (names.includes("SLIPWAY_WEBHOOK_TOKEN") && admin !== void 0 && secrets.get("SLIPWAY_WEBHOOK_TOKEN") === admin) {
    throw new UsageError("SLIPWAY_WEBHOOK_TOKEN equals SLIPWAY_ADMIN_TOKEN: Datadog would hold the admin token", `give the webhook its own token: ${hint}`);
  }
}
var MASK = "***";
function secretsFromEnv(env = process.env) {
  const values = /* @__PURE__ */ new Map();
  for (const name2 of SECRET_ENV) {
    const v = env[name2];
    if (v) values.set(name2, v);
  }
  const plain = /* @__PURE__ */ new Set();
  for (const v of values.values()) if (v.length >= 4) plain.add(v);
  const redisPassword = passwordOfUrl(values.get("REDIS_URL"));
  if (redisPassword && redisPassword.length >= 3) plain.add(redisPassword);
  const hidden = /* @__PURE__ */ new Set();
  for (const v of plain) for (const form of encodedForms(v)) hidden.add(form);
  const ordered = [...hidden].sort((a, b) => b.length - a.length);
  const mask = (text) => {
    let out = text;
    for (const s of ordered) out = out.split(s).join(MASK);
    return out;
  };
  const maskDeep = (value) => {
    if (typeof value === "string") return mask(value);
    if (Array.isArray(value)) return value.map(maskDeep);
    if (value && typeof value === "object" && !(value instanceof Buffer)) {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) && typeof v === "string" ? MASK : maskDeep(v);
      return out;
    }
    return value;
  };
  return { get: (name2) => values.get(name2), mask, maskDeep };
}
function encodedForms(secret) {
  const json2 = JSON.stringify(secret).slice(1, -1);
  const forms = [secret, json2, JSON.stringify(json2).slice(1, -1), encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, "+")];
  const bytes = Buffer.from(secret, "utf8");
  for (let offset = 0; offset < 3; offset++) {
    const b64 = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
    const inner = b64.slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + bytes.length) / 6));
    if (inner.length >= 6) forms.push(inner, inner.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return [...new Set(forms)].filter((f) => f.length >= 3);
}
function isSecretKey(key) {
  return /^(authorization|dd-api-key|dd-application-key|x-slipway-token|password|apikey|appkey|token)$/i.test(key);
}
function passwordOfUrl(url) {
  if (!url) return void 0;
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : void 0;
  } catch {
    return void 0;
  }
}

// src/core/config-schema.ts
var schema = slipway_schema_default;
var ajv = new import_ajv.default({ allErrors: true, useDefaults: true, strict: false });
for (const [name2, f] of Object.entries(FORMATS)) ajv.addFormat(name2, { type: "string", validate: f.test });
var validate = ajv.compile(slipway_schema_default);
function schemaProblems(config, sourceOf) {
  const controls = controlCharacterFields(config, []);
  const problems = controls.map(({ field, value }) => `${label(field, sourceOf)}: expected no control characters (CR, LF, tab, NUL...), got ${show(value)} (one at character ${String(value).search(CONTROL_CHARACTERS) + 1})`);
  if (!validate(config)) {
    const rest = (validate.errors ?? []).filter((e) => !controls.some((c) => e.instancePath === c.pointer));
    problems.push(...rest.map((e) => describeProblem(e, config, sourceOf)));
  }
  return dedupe(problems);
}
function controlCharacterFields(value, at) {
  const here = { field: at.join("."), pointer: at.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join(""), value };
  if (typeof value === "string") return CONTROL_CHARACTERS.test(value) ? [here] : [];
  if (!value || typeof value !== "object" || at.join(".") === "flags.defaults") return [];
  const out = [];
  for (const [k, v] of Object.entries(value)) {
    if (CONTROL_CHARACTERS.test(k)) out.push({ ...here, value: k });
    else out.push(...controlCharacterFields(v, [...at, k]));
  }
  return out;
}
function describeProblem(e, root, sourceOf) {
  const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let field = segments.join(".");
  let value = valueAt(root, segments);
  let expected;
  switch (e.keyword) {
    case "additionalProperties": {
      const extra = e.params.additionalProperty;
      field = field ? `${field}.${extra}` : extra;
      const known = Object.keys(subschemaAt(segments)?.properties ?? {}).filter((k) => k !== "$schema");
      const secretHint = /key|token|password|secret/i.test(extra) ? ` \u2014 secrets are never read from the file: set ${SECRET_ENV.join(", ")} in the environment` : "";
      return `${label(field, sourceOf)}: unknown field; expected one of ${known.join(", ")}${secretHint}`;
    }
    case "type":
      expected = typeWords(e.params.type);
      break;
    case "enum":
      expected = `one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
      break;
    case "pattern": {
      const sub = subschemaAt(segments);
      expected = sub?.description ? `a value matching ${e.params.pattern} (${sub.description})` : `a value matching ${e.params.pattern}`;
      break;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      expected = `a number ${e.params.comparison} ${e.params.limit}`;
      break;
    case "minLength":
      expected = "a non-empty string";
      break;
    case "format": {
      const name2 = e.params.format;
      expected = FORMATS[name2]?.expected ?? `a valid ${name2}`;
      break;
    }
    case "propertyNames":
      return `${label(field, sourceOf)}: expected names matching ${subschemaAt(segments)?.propertyNames?.pattern ?? "the schema"}, got ${show(e.params.propertyName)}`;
    case "required":
      field = field ? `${field}.${e.params.missingProperty}` : e.params.missingProperty;
      value = void 0;
      return `${label(field, sourceOf)}: is required`;
    default:
      expected = e.message ?? "a valid value";
  }
  return `${label(field || "(top level)", sourceOf)}: expected ${expected}, got ${show(value)}`;
}
function label(field, sourceOf) {
  const source = sourceOf(field);
  return source ? `${field} (from ${source})` : field;
}
function typeWords(type) {
  const words = {
    object: "an object",
    array: "an array",
    string: "a string",
    integer: "a whole number",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  return type.split(",").map((t) => words[t] ?? t).join(" or ");
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function valueAt(root, segments) {
  let v = root;
  for (const s of segments) v = v && typeof v === "object" ? v[s] : void 0;
  return v;
}
function subschemaAt(segments) {
  let s = schema;
  for (const seg of segments) {
    if (!s) return void 0;
    if (s.properties?.[seg]) s = s.properties[seg];
    else if (s.items) s = s.items;
    else if (typeof s.additionalProperties === "object") s = s.additionalProperties;
    else return void 0;
  }
  return s;
}
function dedupe(lines) {
  return [...new Set(lines)];
}
function leafFields(s = schema, prefix = []) {
  const out = [];
  for (const [key, sub] of Object.entries(s.properties ?? {})) {
    if (key === "$schema") continue;
    if (sub.type === "object" && sub.properties) out.push(...leafFields(sub, [...prefix, key]));
    else out.push({ path: [...prefix, key], schema: sub });
  }
  return out;
}

// src/rollout/steps.ts
function checkSteps(steps) {
  let last = 0;
  steps.forEach((step, i) => {
    const field = `canary.steps[${i}]`;
    if (step.gate !== void 0) {
      if (step.weight !== void 0 || step.holdSec !== void 0) throw new UsageError(`${field}: a manual gate has no weight or holdSec, got ${JSON.stringify(step)}`, 'write a gate as {"gate": "manual"} and the weight it follows as its own step');
      return;
    }
    if (step.weight === void 0 || step.holdSec === void 0) throw new UsageError(`${field}: expected {"weight": PERCENT, "holdSec": SECONDS} or {"gate": "manual"}, got ${JSON.stringify(step)}`, 'e.g. {"weight": 20, "holdSec": 60}');
    if (step.weight < last) throw new UsageError(`${field}.weight: ${step.weight} is below the step before it (${last})`, "a rollout only moves users to the canary: give the steps rising weights");
    last = step.weight;
  });
}

// src/core/http-client.ts
var http = __toESM(require("node:http"));
var https = __toESM(require("node:https"));
var HttpUnreachable = class extends Error {
  constructor(url, code) {
    super(`${url} does not answer (${code})`);
    this.url = url;
    this.code = code;
  }
  url;
  code;
};
var DEFAULT_TIMEOUT_MS = 5e3;
function send(req) {
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const payload = req.body === void 0 ? void 0 : Buffer.from(JSON.stringify(req.body));
  const headers = { ...req.headers };
  if (payload) {
    headers["content-type"] ??= "application/json";
    headers["content-length"] = payload.length;
  }
  const url = new URL(req.url);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve4, reject) => {
    const r = transport.request(url, { method: req.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      let bytes = 0;
      res.on("data", (c) => {
        bytes += c.length;
        if (req.maxBytes !== void 0 && bytes > req.maxBytes) return void r.destroy(Object.assign(new Error(`answer longer than ${req.maxBytes} bytes`), { code: "ETOOBIG" }));
        chunks.push(c);
      });
      res.on("error", (err) => reject(new HttpUnreachable(req.url, err.code ?? err.message)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve4({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
      });
    });
    const deadline = setTimeout(() => r.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })), timeoutMs);
    r.on("close", () => clearTimeout(deadline));
    r.on("timeout", () => r.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
    r.on("error", (err) => reject(new HttpUnreachable(req.url, err.code ?? err.message)));
    r.end(payload);
  });
}
function parseJson(text) {
  if (!text) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function maskedHeaders(headers) {
  if (!headers) return void 0;
  const out = {};
  for (const [k, v] of Object.entries(headers)) {
    const scheme = /^(Bearer|Basic|Token)\s+/i.exec(v)?.[1];
    out[k] = isSecretKey(k) ? scheme ? `${scheme} ${MASK}` : MASK : v;
  }
  return out;
}

// src/rollout/condition.ts
var MAX_CONDITION_LENGTH = 500;
var ConditionSyntaxError = class extends Error {
};
var TOKEN = /\s*(?:(result)\b|(<=|>=|==|!=|<|>)|(&&|\|\|)|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(true|false)\b|("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*'))/y;
function tokens(text) {
  const out = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(text.slice(at))) break;
    const m = TOKEN.exec(text);
    if (!m) throw new ConditionSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20).trim())} at character ${at + 1}`);
    const [, result, op, join3, number, bool, quoted] = m;
    if (result) out.push({ kind: "result", text: result, at });
    else if (op) out.push({ kind: "op", text: op, at });
    else if (join3) out.push({ kind: "join", text: join3, at });
    else if (number !== void 0) out.push({ kind: "literal", text: number, value: Number(number), at });
    else if (bool) out.push({ kind: "literal", text: bool, value: bool === "true", at });
    else out.push({ kind: "literal", text: quoted, value: quoted.slice(1, -1).replace(/\\(.)/g, "$1"), at });
  }
  return out;
}
function parseCondition(text) {
  if (text.length > MAX_CONDITION_LENGTH) throw new ConditionSyntaxError(`longer than ${MAX_CONDITION_LENGTH} characters`);
  const list = tokens(text);
  if (!list.length) throw new ConditionSyntaxError("empty");
  const alternatives = [[]];
  for (let i = 0; ; i += 4) {
    const [subject, op, literal, join3] = list.slice(i, i + 4);
    const where = (t) => t ? `${JSON.stringify(t.text)} at character ${t.at + 1}` : "the end";
    if (subject?.kind !== "result") throw new ConditionSyntaxError(`expected "result", found ${where(subject)}`);
    if (op?.kind !== "op") throw new ConditionSyntaxError(`expected one of < <= > >= == != after "result", found ${where(op)}`);
    if (literal?.kind !== "literal") throw new ConditionSyntaxError(`expected a number, true, false or a quoted string after ${op.text}, found ${where(literal)}`);
    if ("<>".includes(op.text[0]) && typeof literal.value !== "number") throw new ConditionSyntaxError(`${op.text} compares numbers, not ${literal.text}`);
    alternatives[alternatives.length - 1].push({ op: op.text, literal: literal.value });
    if (!join3) return alternatives;
    if (join3.kind !== "join") throw new ConditionSyntaxError(`expected && or || or the end, found ${where(join3)}`);
    if (join3.text === "||") alternatives.push([]);
  }
}

// src/rollout/json-path.ts
var MAX_PATH_LENGTH = 500;
var MAX_PATH_STEPS = 32;
var JsonPathSyntaxError = class extends Error {
};
var STEP = /\.([A-Za-z_$][\w$-]*)|\[(\d{1,9})\]|\[\s*("(?:[^"\\]|\\["\\])*"|'(?:[^'\\]|\\['\\])*')\s*\]/y;
function parseJsonPath(text) {
  if (text.length > MAX_PATH_LENGTH) throw new JsonPathSyntaxError(`longer than ${MAX_PATH_LENGTH} characters`);
  if (!text.startsWith("$")) throw new JsonPathSyntaxError("must start with $ (the whole answer), e.g. $.data.ok");
  const steps = [];
  STEP.lastIndex = 1;
  while (STEP.lastIndex < text.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(text);
    if (!m) throw new JsonPathSyntaxError(`cannot read ${JSON.stringify(text.slice(at, at + 20))} at character ${at + 1}: expected .name, [index] or ["name"]`);
    steps.push(m[1] ?? (m[2] !== void 0 ? Number(m[2]) : m[3].slice(1, -1).replace(/\\(.)/g, "$1")));
    if (steps.length > MAX_PATH_STEPS) throw new JsonPathSyntaxError(`more than ${MAX_PATH_STEPS} steps`);
  }
  return steps;
}

// src/rollout/metrics.ts
function checkMetrics(metrics) {
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((m, i) => {
    const field = `canary.analysis.metrics[${i}]`;
    if (seen.has(m.name)) throw new UsageError(`${field}.name: "${m.name}" names another metric too`, "give each metric its own name");
    seen.add(m.name);
    const needs = m.provider === "datadog" ? ["query"] : ["url", "jsonPath"];
    const foreign = m.provider === "datadog" ? ["url", "jsonPath", "timeoutSec"] : ["query", "lookbackSec"];
    for (const k of needs) if (m[k] === void 0) throw new UsageError(`${field}.${k}: is required for a ${m.provider} metric`, m.provider === "datadog" ? 'e.g. "query": "avg:trace.http.request.errors{service:app}.as_rate()"' : 'e.g. "url": "https://status.example.com/health", "jsonPath": "$.data.ok"');
    for (const k of foreign) if (m[k] !== void 0) throw new UsageError(`${field}.${k}: a ${m.provider} metric has no ${k}`, `remove it, or set "provider" to ${m.provider === "datadog" ? '"web"' : '"datadog"'}`);
    if (m.successCondition === void 0 && m.failureCondition === void 0) throw new UsageError(`${field}: has neither successCondition nor failureCondition`, 'e.g. "successCondition": "result < 0.05"');
    conditionsOf(m, field);
    if (m.provider === "web") {
      try {
        parseJsonPath(m.jsonPath);
      } catch (err) {
        if (err instanceof JsonPathSyntaxError) throw new UsageError(`${field}.jsonPath: ${err.message}`, "write a path like $.data.ok or $.checks[0].status");
        throw err;
      }
    }
  });
}
function conditionsOf(m, field = m.name) {
  const read = (key) => {
    const text = m[key];
    if (text === void 0) return void 0;
    try {
      return parseCondition(text);
    } catch (err) {
      if (err instanceof ConditionSyntaxError) throw new UsageError(`${field}.${key}: ${err.message} in ${JSON.stringify(text.slice(0, 80))}`, 'write result <op> literal (ops < <= > >= == !=; a number, true, false or a quoted string), joined by && or ||, e.g. "result < 0.05"');
      throw err;
    }
  };
  return { success: read("successCondition"), failure: read("failureCondition") };
}
var WEB_MAX_BYTES = 1 << 20;

// src/rollout/gates.ts
function checkGates(canary) {
  checkMetrics(canary.analysis.metrics);
  const seen = /* @__PURE__ */ new Set();
  canary.webhooks.forEach((hook, i) => {
    if (seen.has(hook.name)) throw new UsageError(`canary.webhooks[${i}].name: "${hook.name}" names another webhook too`, "give each webhook its own name");
    seen.add(hook.name);
  });
}

// src/core/config.ts
var ROLES = ["production", "canary"];
function loadConfig(opts = {}) {
  const appDir = path.resolve(opts.appDir ?? ".");
  if (!fs.existsSync(appDir) || !fs.statSync(appDir).isDirectory()) {
    throw new UsageError(`--app: ${appDir} is not a directory`, "point --app at the directory of the app (the one with its package.json)");
  }
  const explicit = opts.configFile !== void 0;
  const file = path.resolve(appDir, opts.configFile ?? "slipway.json");
  const sources = /* @__PURE__ */ new Map();
  let fromFile = {};
  const env = opts.env ?? process.env;
  if (fs.existsSync(file)) {
    fromFile = readJson(file);
    markSources(fromFile, [], path.basename(file), sources);
  } else if (explicit) {
    throw new UsageError(`--config: ${file} does not exist`, "give the path of a slipway.json, or leave --config out to use the defaults");
  }
  if (fromFile === null || typeof fromFile !== "object" || Array.isArray(fromFile)) {
    throw new UsageError(`${path.basename(file)}: expected an object at the top level, got ${show(fromFile)}`);
  }
  const merged = structuredClone(fromFile);
  for (const [dotted, value, source] of envOverlay(env)) {
    setPath(merged, dotted.split("."), value);
    sources.set(dotted, source);
  }
  for (const [dotted, value] of Object.entries(opts.flags ?? {})) {
    if (value === void 0) continue;
    setPath(merged, dotted.split("."), value);
    sources.set(dotted, `--${flagName(dotted)}`);
  }
  const problems = schemaProblems(merged, (p) => sourceFor(p, sources));
  if (problems.length) {
    throw new UsageError(
      `invalid configuration${fs.existsSync(file) ? ` in ${file}` : ""}:
  ${problems.join("\n  ")}`,
      "fix the fields named above; `slipway --help` and the README list every field with its default"
    );
  }
  const config = merged;
  config.app.name ??= appNameOf(appDir);
  config.images.repository ??= config.app.name;
  config.flags.namespace ??= config.app.name;
  config.stateDir = path.resolve(appDir, config.stateDir);
  checkPorts(config);
  checkSteps(config.canary.steps);
  checkGates(config.canary);
  return { config, appDir, file: fs.existsSync(file) ? file : void 0 };
}
function readJson(file) {
  return parseJson2(fs.readFileSync(file, "utf8"), file);
}
function parseJson2(text, where) {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${where}: not valid JSON (${err.message})`, "fix the syntax; it must be one JSON object");
  }
}
function envNameOf(pathSegments) {
  return "SLIPWAY_" + pathSegments.map((s) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()).join("_");
}
function envOverlay(env) {
  const out = [];
  for (const leaf of leafFields()) {
    const name2 = envNameOf(leaf.path);
    const raw = env[name2];
    if (raw === void 0 || raw === "") continue;
    out.push([leaf.path.join("."), parseEnvValue(raw, leaf.schema, name2), name2]);
  }
  return out;
}
function parseEnvValue(raw, s, name2) {
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === "integer" || type === "number") {
    const n = Number(raw);
    if (raw.trim() === "" || Number.isNaN(n)) throw new UsageError(`${name2}: expected a number, got ${show(raw)}`);
    return n;
  }
  if (type === "boolean") {
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    throw new UsageError(`${name2}: expected true or false, got ${show(raw)}`);
  }
  if (type === "array" || type === "object") {
    try {
      return JSON.parse(raw);
    } catch {
      throw new UsageError(`${name2}: expected JSON (${type}), got ${show(raw)}`);
    }
  }
  return raw;
}
function markSources(value, at, source, sources) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) markSources(v, [...at, k], source, sources);
  }
  if (at.length) sources.set(at.join("."), source);
}
function sourceFor(dotted, sources) {
  for (let p = dotted; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const s = sources.get(p);
    if (s) return s;
  }
  return void 0;
}
function flagName(dotted) {
  return dotted.split(".").pop().replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}
function setPath(target, segments, value) {
  let node = target;
  for (const seg of segments.slice(0, -1)) {
    const next = node[seg];
    if (next === void 0) node[seg] = {};
    else if (next === null || typeof next !== "object" || Array.isArray(next)) return;
    node = node[seg];
  }
  node[segments[segments.length - 1]] = value;
}
function appNameOf(appDir) {
  const pkg = path.join(appDir, "package.json");
  let name2 = "";
  if (fs.existsSync(pkg)) {
    try {
      name2 = String(JSON.parse(fs.readFileSync(pkg, "utf8")).name ?? "");
    } catch {
      throw new UsageError(`${pkg}: not valid JSON`, "fix the app's package.json");
    }
  }
  name2 = (name2 || path.basename(appDir)).replace(/^@[^/]+\//, "").toLowerCase().replace(/[^a-z0-9_.-]/g, "-");
  if (!/^[a-z0-9]/.test(name2)) throw new UsageError(`app.name: cannot derive a name from ${show(name2)}`, "set app.name in slipway.json");
  return name2;
}
function checkPorts(config) {
  const { deploy } = config;
  const ports = [
    ["proxy.listen", parseHostPort(config.proxy.listen, "proxy.listen").port],
    ["proxy.admin", parseHostPort(config.proxy.admin, "proxy.admin").port],
    ["flags.listen", parseHostPort(config.flags.listen, "flags.listen").port],
    ["autoscaler.metricsListen", parseHostPort(config.autoscaler.metricsListen, "autoscaler.metricsListen").port],
    ["canary.controllerListen", parseHostPort(config.canary.controllerListen, "canary.controllerListen").port],
    ["redis.port", config.redis.port]
  ];
  if (deploy.network === "host") {
    for (const role of ROLES) {
      ports.push([`deploy.${role}.port`, deploy[role].port]);
      ports.push([`deploy.${role}.port + deploy.standbyPortOffset`, deploy[role].port + deploy.standbyPortOffset]);
    }
  }
  const used = /* @__PURE__ */ new Map();
  for (const [field, port] of ports) {
    if (port > 65535) throw new UsageError(`${field}: port ${port} is above 65535`, "lower the port or deploy.standbyPortOffset");
    const other = used.get(port);
    if (other) throw new UsageError(`${field}: port ${port} is already used by ${other}`, "give every listener its own port");
    used.set(port, field);
  }
}

// src/core/log.ts
function createLogger(secrets, opts = {}) {
  const stream = opts.stream ?? process.stderr;
  const write = (prefix, message) => {
    if (opts.quiet) return;
    stream.write(`${prefix}${secrets.mask(message)}
`);
  };
  return {
    info: (m) => write("", m),
    warn: (m) => write("warning: ", m),
    progress: (m) => write("  \xB7 ", m),
    async stage(name2, work) {
      const started = Date.now();
      write("\u25B6 ", name2);
      try {
        const result = await work();
        write("\u2714 ", `${name2} (${formatMs(Date.now() - started)})`);
        return result;
      } catch (err) {
        write("\u2718 ", `${name2} (${formatMs(Date.now() - started)})`);
        throw err;
      }
    }
  };
}
function formatMs(ms) {
  return ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/core/plan.ts
function performerOf(transport) {
  return {
    async perform(a, done) {
      if (!a.run && !transport) throw new Error(`${a.kind} action "${a.summary}" has nothing that performs it here`);
      const answer2 = a.run ? await a.run(a.detail, done) : await transport(a, done);
      return a.read ? a.read(answer2, done) : answer2;
    }
  };
}
function createExecutor(opts) {
  const out = opts.out ?? process.stdout;
  const all = [];
  const perform = (a, done) => opts.performer.perform(a, done);
  return {
    dryRun: opts.dryRun,
    printed: () => all,
    async execute(actions) {
      const printed = actions.map((a, i) => printable(a, all.length + 1 + i, opts.secrets));
      all.push(...printed);
      const results = /* @__PURE__ */ new Map();
      if (opts.dryRun) {
        if (!opts.json) for (const p of printed) out.write(formatAction(p) + "\n");
        return { dryRun: true, actions: printed, results };
      }
      let failure;
      for (const [i, action] of actions.entries()) {
        if (failure !== void 0 && !action.always) continue;
        if (action.when && !action.when.test(results)) continue;
        opts.log.progress(printed[i].summary);
        try {
          const result = await perform(action, results);
          if (action.id) results.set(action.id, result);
        } catch (err) {
          failure ??= await failed(action, err, results, perform);
        }
      }
      if (failure !== void 0) throw failure;
      return { dryRun: false, actions: printed, results };
    }
  };
}
async function failed(action, err, done, perform) {
  if (!action.onFailure) return err;
  for (const a of action.onFailure.actions) {
    try {
      const r = await perform(a, done);
      if (a.id) done.set(a.id, r);
    } catch {
    }
  }
  return action.onFailure.error(err, done);
}
function printable(a, step, secrets) {
  const detail = maskCall(a.detail, secrets);
  return {
    step,
    kind: a.kind,
    summary: secrets.mask(a.summary),
    detail,
    ...a.when ? { when: a.when.text } : {},
    ...a.always ? { always: true } : {},
    ...a.onFailure ? { onFailure: a.onFailure.actions.map((f, i) => printable(f, i + 1, secrets)) } : {}
  };
}
function maskCall(detail, secrets) {
  const { headers, probe, ...rest } = detail;
  const out = secrets.maskDeep(rest);
  if (headers && typeof headers === "object") out.headers = Object.fromEntries(Object.entries(maskedHeaders(headers)).map(([k, v]) => [k, secrets.mask(v)]));
  if (probe && typeof probe === "object") out.probe = maskCall(probe, secrets);
  return out;
}
function formatAction(p, indent = "") {
  const flags = [p.when ? `only if ${p.when}` : "", p.always ? "always, even after a failure" : ""].filter(Boolean);
  const head = `${indent}${String(p.step).padStart(3)}. [${p.kind}] ${p.summary}${flags.length ? ` (${flags.join("; ")})` : ""}`;
  const body = JSON.stringify(p.detail, null, 2).split("\n").map((l) => `${indent}        ${l}`).join("\n");
  const onFailure = p.onFailure?.length ? `
${indent}        if it fails:
${p.onFailure.map((f) => formatAction(f, `${indent}      `)).join("\n")}` : "";
  return `${head}
${body}${onFailure}`;
}

// src/core/global-options.ts
var GLOBAL_OPTIONS = [
  { name: "app", type: "string", default: ".", describe: "Directory of the app (its package.json, Dockerfile, slipway.json)" },
  { name: "config", type: "string", describe: "Config file (default: <app>/slipway.json)" },
  { name: "dry-run", type: "boolean", describe: "Print every action (Docker API calls, commands, HTTP requests, secrets masked) and change nothing" },
  { name: "json", type: "boolean", describe: "Machine-readable result on stdout; logs stay on stderr" }
];
var camelCase = (name2) => name2.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

// src/core/engine-api.ts
var fs2 = __toESM(require("node:fs"));
var http2 = __toESM(require("node:http"));
var https2 = __toESM(require("node:https"));
var path2 = __toESM(require("node:path"));

// src/core/deadline.ts
var sleep = (ms) => new Promise((resolve4) => setTimeout(resolve4, ms));

// src/core/engine-api.ts
var DOCKER_CALL_TIMEOUT_MS = 6e4;
var DOCKER_LONG_CALL_TIMEOUT_MS = 60 * 6e4;
var DEFAULT_SOCKET = "/var/run/docker.sock";
var LIMITS = { callMs: DOCKER_CALL_TIMEOUT_MS, longMs: DOCKER_LONG_CALL_TIMEOUT_MS };
function dockerCallTimeoutMs(o, limits = LIMITS) {
  const p = o.path.split("?")[0];
  if (/^\/?(build|images\/create|images\/load)\b/.test(p.replace(/^\/v[0-9.]+/, ""))) return limits.longMs;
  if (o.isStream) return void 0;
  if (/\/wait$/.test(p)) return limits.longMs;
  const q = o.options;
  const t = Number(q?.t ?? q?._query?.t ?? /[?&]t=(\d+)/.exec(o.path)?.[1] ?? 0);
  return limits.callMs + (Number.isFinite(t) ? t * 1e3 : 0);
}
var DockerTimeout = class extends StepFailed {
  constructor(method, path5, ms) {
    super(`the Docker engine did not finish ${method} ${path5.replace(/\?$/, "")} within ${Math.round(ms / 1e3)} s`, "check that dockerd is healthy (`docker info`, `systemctl status docker`); a hung engine needs a restart");
  }
};
async function requireDocker(docker) {
  try {
    await docker.ping();
  } catch (err) {
    throw new StepFailed(
      `no Docker engine answers (${err.message})`,
      "run `slipway provision` as root to install and start one, or set DOCKER_HOST to a reachable engine"
    );
  }
}
function isNotFound(err) {
  return err?.statusCode === 404;
}
async function withRetries(retry, once) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await once();
    } catch (err) {
      const words = err.json?.message ?? err.message ?? "";
      if (!retry || attempt >= retry.times || !new RegExp(retry.when, "i").test(words)) throw err;
      await sleep(retry.pauseMs);
    }
  }
}
var EngineError = class extends Error {
  constructor(statusCode, json2, what) {
    super(`${what}: ${json2?.message ?? "no message"} (HTTP ${statusCode})`);
    this.statusCode = statusCode;
    this.json = json2;
  }
  statusCode;
  json;
};
function endpointOf(env, socketPath) {
  const host = socketPath ? `unix://${socketPath}` : env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`;
  if (host.startsWith("unix://")) return { agent: http2, options: { socketPath: host.slice("unix://".length) } };
  const url = new URL(host.replace(/^tcp:/, "http:"));
  if (!env.DOCKER_TLS_VERIFY) return { agent: http2, options: { host: url.hostname, port: url.port || 2375 } };
  const certs = env.DOCKER_CERT_PATH || path2.join(env.HOME ?? "", ".docker");
  const read = (f) => fs2.readFileSync(path2.join(certs, f));
  return { agent: https2, options: { host: url.hostname, port: url.port || 2376, ca: read("ca.pem"), cert: read("cert.pem"), key: read("key.pem") } };
}
function pathWithQuery(p, query) {
  const q = Object.entries(query).filter(([, v]) => v !== void 0).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === "object" ? JSON.stringify(v) : String(v))}`);
  return q.length ? `${p}${p.includes("?") ? "&" : "?"}${q.join("&")}` : p;
}
function engineApi(env = process.env, opts = {}) {
  const endpoint = endpointOf(env, opts.socketPath);
  const open = (method, p, body, isStream) => new Promise((resolve4, reject) => {
    const data = body === void 0 ? void 0 : Buffer.from(JSON.stringify(body));
    const headers = { host: "docker", ...data ? { "content-type": "application/json", "content-length": data.length } : {} };
    const req = endpoint.agent.request({ ...endpoint.options, method, path: p, headers }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) return resolve4(res);
      readText(res).then((text) => reject(new EngineError(status, parseJson3(text) ?? { message: text.trim() }, `${method} ${p.split("?")[0]}`)), reject);
    });
    const ms = dockerCallTimeoutMs({ method, path: p, isStream }, opts.limits);
    const timer = ms === void 0 ? void 0 : setTimeout(() => req.destroy(new DockerTimeout(method, p, ms)), ms);
    timer?.unref();
    req.on("close", () => clearTimeout(timer));
    req.on("error", reject);
    req.end(data);
  });
  const call = async (method, p, body) => {
    const res = await open(method, p, body, false);
    const text = await readText(res);
    return text ? parseJson3(text) ?? text : void 0;
  };
  return {
    ping: () => call("GET", "/_ping"),
    listContainers: (o) => call("GET", pathWithQuery("/containers/json", { all: o.all ? 1 : void 0, filters: o.filters })),
    inspect: (id) => call("GET", `/containers/${encodeURIComponent(id)}/json`),
    request: (req) => withRetries(req.retry, () => call(req.method, req.path, req.body)),
    stream: (p, query) => open("GET", pathWithQuery(p, query), void 0, true)
  };
}
function readText(res) {
  return new Promise((resolve4, reject) => {
    const chunks = [];
    res.on("data", (c) => chunks.push(c));
    res.on("end", () => resolve4(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
  });
}
function parseJson3(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/core/signals.ts
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
var StopSignal = class {
  reason;
  stopped;
  wake = () => void 0;
  timer;
  listeners = STOP_SIGNALS.map((name2) => [name2, () => this.stop(name2)]);
  resolve;
  constructor(opts = {}) {
    this.stopped = new Promise((resolve4) => this.resolve = resolve4);
    for (const [name2, listener] of this.listeners) process.once(name2, listener);
    if (opts.timeoutMs) this.timer = setTimeout(() => this.stop(opts.timeoutReason ?? `${opts.timeoutMs} ms passed`), opts.timeoutMs);
  }
  /** Waits ms, or less when a stop arrives meanwhile. */
  sleep(ms) {
    if (this.reason || ms <= 0) return Promise.resolve();
    return new Promise((resolve4) => {
      const t = setTimeout(resolve4, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve4();
      };
    });
  }
  dispose() {
    for (const [name2, listener] of this.listeners) process.removeListener(name2, listener);
    if (this.timer) clearTimeout(this.timer);
  }
  stop(reason) {
    if (this.reason) return;
    this.reason = reason;
    this.dispose();
    this.wake();
    this.resolve(reason);
  }
};
function forSeconds(value) {
  const forSec = value === void 0 ? 0 : Number(value);
  if (!Number.isFinite(forSec) || forSec < 0) throw new UsageError(`--for: expected 0 (until SIGTERM) or a number of seconds, got ${JSON.stringify(value)}`, "e.g. --for 60");
  return forSec;
}
async function untilStopSignal(opts = {}) {
  return new StopSignal(opts).stopped;
}

// src/core/labels.ts
var LABEL2 = {
  app: "slipway.app",
  role: "slipway.role",
  service: "slipway.service",
  deployId: "slipway.deploy-id",
  image: "slipway.image",
  /** The image id a swarm service runs (its spec names the registry's copy). */
  imageId: "slipway.image-id",
  port: "slipway.port",
  revision: "slipway.revision",
  /** Starting memory limit in bytes: the autoscaler never scales below it. */
  memoryStart: "slipway.memory.start",
  /** A fingerprint of a service container's spec, so an unchanged one is left running. */
  specHash: "slipway.spec-hash",
  /** Host-wide containers that belong to no app (the Datadog agent). */
  component: "slipway.component",
  // on images
  branch: "slipway.branch",
  dirty: "slipway.dirty",
  versionSource: "slipway.version-source",
  runtime: "slipway.runtime"
};

// src/core/app-containers.ts
async function listSlipwayContainers(docker, q) {
  const label2 = [`${LABEL2.app}=${q.app}`];
  if (q.roles) label2.push(q.roles.length === 1 ? `${LABEL2.role}=${q.roles[0]}` : LABEL2.role);
  if (q.service) label2.push(q.service === true ? LABEL2.service : `${LABEL2.service}=${q.service}`);
  const list = await docker.listContainers({ all: !q.runningOnly, filters: { label: label2, ...q.runningOnly ? { status: ["running"] } : {} } });
  return q.roles && q.roles.length > 1 ? list.filter((c) => q.roles.includes(c.Labels?.[LABEL2.role])) : list;
}

// src/autoscaler/json-lines.ts
function jsonLines(stream, onObject, onBadLine) {
  let partial = "";
  stream.on("data", (chunk) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        onBadLine?.(line);
        continue;
      }
      onObject(value);
    }
  });
}

// src/autoscaler/discovery.ts
var WATCHED_EVENTS = ["start", "die", "destroy", "oom", "update"];
function watchAppContainers(engine, app, handlers, opts = {}) {
  const watch2 = new ContainerWatch(engine, app, handlers, opts.retryMs ?? 1e3, opts.maxRetryMs ?? 5e3);
  void watch2.connect();
  return { stop: () => watch2.stop() };
}
var ContainerWatch = class {
  constructor(engine, app, handlers, retryMs, maxRetryMs) {
    this.engine = engine;
    this.app = app;
    this.handlers = handlers;
    this.retryMs = retryMs;
    this.maxRetryMs = maxRetryMs;
  }
  engine;
  app;
  handlers;
  retryMs;
  maxRetryMs;
  stopped = false;
  events;
  timer;
  failures = 0;
  connected = false;
  // events are handled one at a time, in order, so a 'destroy' cannot overtake the inspect of its 'start'
  queue = Promise.resolve();
  async connect() {
    this.timer = void 0;
    if (this.stopped) return;
    try {
      if (!await this.subscribe()) return;
      const found = await this.listNow();
      if (this.stopped) return;
      this.failures = 0;
      this.connected = true;
      this.handlers.onConnection(true);
      this.handlers.onListed(found.map((c) => c.id));
      for (const c of found) this.handlers.onContainer(c, "listed");
    } catch (err) {
      this.lost(err);
    }
  }
  stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.events?.destroy();
  }
  async subscribe() {
    const stream = await this.engine.stream("/events", {
      filters: { type: ["container"], label: [`${LABEL2.app}=${this.app}`], event: WATCHED_EVENTS }
    });
    if (this.stopped) {
      stream.destroy();
      return false;
    }
    this.events = stream;
    stream.on("end", () => this.lost(new Error("the Docker event stream ended")));
    stream.on("error", (err) => this.lost(err));
    jsonLines(stream, (e) => {
      this.queue = this.queue.then(() => this.handleEvent(e)).catch((err) => this.lost(err));
    });
    return true;
  }
  async listNow() {
    const found = [];
    for (const entry of await listSlipwayContainers(this.engine, { app: this.app, roles: ROLES })) {
      const c = await this.inspect(entry.Id);
      if (c) found.push(c);
    }
    return found;
  }
  async handleEvent(e) {
    const id = e.Actor?.ID ?? e.id;
    if (!id || e.Type !== "container" || !isWatchedRole(e.Actor?.Attributes?.[LABEL2.role])) return;
    const at = e.timeNano ? Math.round(e.timeNano / 1e6) : (e.time ?? 0) * 1e3;
    const action = (e.Action ?? "").split(":")[0];
    if (action === "destroy") return this.handlers.onGone(id);
    if (action === "oom") return this.handlers.onOom(id, at);
    const c = await this.inspect(id);
    if (c) this.handlers.onContainer(c, action);
  }
  async inspect(id) {
    try {
      return appContainerOf(await this.engine.inspect(id));
    } catch (err) {
      if (!isNotFound(err)) throw err;
      this.handlers.onGone(id);
      return void 0;
    }
  }
  lost(err) {
    if (this.stopped || this.timer) return;
    this.events?.destroy();
    this.events = void 0;
    if (this.connected || this.failures === 0) this.handlers.onConnection(false, err.message);
    this.connected = false;
    this.failures += 1;
    this.timer = setTimeout(() => void this.connect(), Math.min(this.retryMs * this.failures, this.maxRetryMs));
  }
};
function isWatchedRole(role) {
  return ROLES.includes(role);
}
function appContainerOf(info) {
  const role = info.Config.Labels?.[LABEL2.role];
  if (!isWatchedRole(role)) return void 0;
  const label2 = Number(info.Config.Labels?.[LABEL2.memoryStart]);
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ""),
    role,
    running: info.State.Running,
    memoryBytes: info.HostConfig.Memory ?? 0,
    memorySwapBytes: info.HostConfig.MemorySwap ?? 0,
    startLimitLabelBytes: Number.isFinite(label2) && label2 > 0 ? label2 : void 0,
    startedAt: Date.parse(info.State.StartedAt) || 0,
    oomKilled: Boolean(info.State.OOMKilled),
    pid: info.State.Pid ?? 0,
    cgroupParent: info.HostConfig.CgroupParent ?? "",
    ...info.Config.Labels?.["com.docker.swarm.service.id"] ? { swarmService: info.Config.Labels["com.docker.swarm.service.id"] } : {}
  };
}

// src/autoscaler/stats-stream.ts
function openStatsStream(engine, containerId, handlers) {
  let closed = false;
  let ended = false;
  let stream;
  const end = (error2) => {
    if (closed || ended) return;
    ended = true;
    handlers.onEnd(error2);
  };
  engine.stream(`/containers/${encodeURIComponent(containerId)}/stats`, { stream: true }).then((s) => {
    stream = s;
    if (closed) return s.destroy();
    jsonLines(s, (stats) => {
      if (!closed) handlers.onStats(stats);
    });
    s.on("end", () => end());
    s.on("close", () => end());
    s.on("error", (err) => end(err));
  }, (err) => end(err));
  return {
    close() {
      closed = true;
      stream?.destroy();
    }
  };
}

// src/core/docker-stats.ts
function memoryUsedBytes(memory) {
  const usage = memory?.usage ?? 0;
  const stats = memory?.stats ?? {};
  const v1 = stats.total_inactive_file;
  if (v1 !== void 0 && v1 < usage) return usage - v1;
  const v2 = stats.inactive_file;
  if (v2 !== void 0 && v2 < usage) return usage - v2;
  return usage;
}
function cpuPercent(stats) {
  const cpuDelta = (stats.cpu_stats?.cpu_usage?.total_usage ?? 0) - (stats.precpu_stats?.cpu_usage?.total_usage ?? 0);
  const systemDelta = (stats.cpu_stats?.system_cpu_usage ?? 0) - (stats.precpu_stats?.system_cpu_usage ?? 0);
  const cpus = stats.cpu_stats?.online_cpus || stats.cpu_stats?.cpu_usage?.percpu_usage?.length || 1;
  if (!stats.precpu_stats?.system_cpu_usage || systemDelta <= 0 || cpuDelta <= 0) return 0;
  return cpuDelta / systemDelta * cpus * 100;
}
function isLiveSample(stats) {
  return !(stats.read ?? "").startsWith("0001-") && (stats.memory_stats?.usage ?? 0) > 0;
}
var MiB = 1024 * 1024;
function toMb(bytes) {
  return Math.round(bytes / MiB * 10) / 10;
}

// src/autoscaler/policy.ts
var STREAM_PERIOD_MS = 1e3;
var GROWTH_WINDOW_MS = 1e3;
var UPDATE_LANDS_MS = 500;
var OOM_DEDUPE_MS = 2e3;
function decide(sample, prior, policy, periodMs = STREAM_PERIOD_MS) {
  const growth = trackGrowth(sample, prior, Math.max(GROWTH_WINDOW_MS, 2 * periodMs));
  const state = { ...prior, recent: growth.recent };
  const fast = fastRaise(sample, state, policy, growth.bytesPerSec, periodMs);
  if (fast) return { decision: fast, state };
  const intervalMs = policy.intervalSec * 1e3;
  if (state.lastEvaluatedAt !== void 0 && sample.at - state.lastEvaluatedAt < intervalMs - periodMs / 2) {
    return { decision: hold("not-due", "next evaluation not due yet"), state };
  }
  const next = { ...state, lastEvaluatedAt: sample.at };
  const limit = sample.limitBytes;
  if (limit <= 0) return { decision: hold("unlimited", "the container has no memory limit; the autoscaler only raises limits that are set"), state: next };
  const percent = sample.usedBytes / limit * 100;
  const usage = `used ${mb(sample.usedBytes)} is ${percent.toFixed(1)} % of the ${mb(limit)} limit`;
  const maxBytes = policy.maxMb * MiB;
  const coolingFor = cooldownLeftMs(state, sample.at, policy, periodMs);
  if (percent > policy.thresholdPercent) {
    next.lowSince = void 0;
    if (limit >= maxBytes) return { decision: hold("at-max", `${usage} (> ${policy.thresholdPercent} %), but the limit is at the maximum ${policy.maxMb} MB`), state: next };
    if (coolingFor > 0) return { decision: hold("cooldown", `${usage} (> ${policy.thresholdPercent} %), but the last change was ${seconds(sample.at - state.lastChangeAt)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
    const toBytes2 = Math.min(limit + policy.stepMb * MiB, maxBytes);
    const capped = toBytes2 === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : "";
    return { decision: { action: "raise", fromBytes: limit, toBytes: toBytes2, reason: `${usage} (> ${policy.thresholdPercent} %): +${policy.stepMb} MB${capped}` }, state: next };
  }
  const down = policy.scaleDown;
  if (!down.enabled || percent >= down.belowPercent) {
    next.lowSince = void 0;
    return { decision: hold("within", `${usage} (\u2264 ${policy.thresholdPercent} %)`), state: next };
  }
  next.lowSince = state.lowSince ?? sample.at;
  const lowForMs = sample.at - next.lowSince;
  const low = `${usage} (< ${down.belowPercent} %)`;
  if (limit <= state.startLimitBytes) return { decision: hold("at-start", `${low}, but the limit is at its starting ${mb(state.startLimitBytes)}`), state: next };
  if (lowForMs < down.afterSec * 1e3) return { decision: hold("low", `${low} for ${seconds(lowForMs)} of the ${down.afterSec} s before a scale-down`), state: next };
  if (coolingFor > 0) return { decision: hold("cooldown", `${low}, but the last change was ${seconds(sample.at - state.lastChangeAt)} ago (cooldown ${policy.cooldownSec} s)`), state: next };
  const toBytes = Math.max(limit - policy.stepMb * MiB, state.startLimitBytes);
  const ceilingPercent = (policy.thresholdPercent + down.belowPercent) / 2;
  const percentAfter = sample.usedBytes / toBytes * 100;
  if (percentAfter >= ceilingPercent) {
    return { decision: hold("lower-would-cross", `${low}, but at ${mb(toBytes)} it would be ${percentAfter.toFixed(1)} % (\u2265 ${ceilingPercent} %): keeping ${mb(limit)}`), state: next };
  }
  return { decision: { action: "lower", fromBytes: limit, toBytes, reason: `${low} for ${seconds(lowForMs)}: -${mb(limit - toBytes)} (never below the starting ${mb(state.startLimitBytes)})` }, state: next };
}
function trackGrowth(sample, state, windowMs) {
  const recent = (state.recent ?? []).filter((r) => r.at < sample.at && sample.at - r.at <= windowMs);
  recent.push({ at: sample.at, usedBytes: sample.usedBytes });
  if (recent.length < 3) return { recent, bytesPerSec: 0 };
  const first = recent[0];
  const mid = recent[Math.floor(recent.length / 2)];
  const rate = (a, b) => (b.usedBytes - a.usedBytes) * 1e3 / (b.at - a.at);
  return { recent, bytesPerSec: Math.max(0, Math.min(rate(first, mid), rate(mid, sample))) };
}
function fastRaise(sample, state, policy, bytesPerSec, periodMs) {
  const watermark = policy.watermarkPercent / 100;
  const limit = sample.limitBytes;
  const maxBytes = policy.maxMb * MiB;
  const stepBytes = policy.stepMb * MiB;
  const landsMs = 2 * periodMs + UPDATE_LANDS_MS;
  if (!watermark || limit <= 0 || limit >= maxBytes) return void 0;
  if (state.lastChangeAt !== void 0 && sample.at - state.lastChangeAt < landsMs) return void 0;
  const followSec = Math.max(policy.cooldownSec, policy.intervalSec);
  const passesWatermark = sample.usedBytes + bytesPerSec * landsMs / 1e3 >= watermark * limit;
  const outpaces = bytesPerSec * followSec > stepBytes && sample.usedBytes > policy.thresholdPercent / 100 * limit;
  if (!passesWatermark && !outpaces) return void 0;
  const coverMs = policy.intervalSec * 1e3 + landsMs;
  const needBytes = (sample.usedBytes + bytesPerSec * coverMs / 1e3) / watermark;
  const toBytes = Math.min(limit + Math.max(1, Math.ceil((needBytes - limit) / stepBytes)) * stepBytes, maxBytes);
  const why = passesWatermark ? `will pass the ${policy.watermarkPercent} % watermark within ${seconds(landsMs)}` : `grows faster than +${policy.stepMb} MB per ${followSec} s can follow`;
  const capped = toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : "";
  const usage = `used ${mb(sample.usedBytes)} is ${(sample.usedBytes / limit * 100).toFixed(1)} % of the ${mb(limit)} limit, growing ${toMb(bytesPerSec)} MB/s`;
  return { action: "fast-raise", fromBytes: limit, toBytes, reason: `${usage}: ${why}; +${mb(toBytes - limit)} at once, covering ${seconds(coverMs)} of growth${capped}` };
}
function decideOnOom(at, killedAtBytes, currentLimitBytes, state, policy) {
  if (killedAtBytes <= 0) return { decision: hold("unlimited", "OOM kill, but the container has no memory limit to raise"), state };
  if (state.lastOomAt !== void 0 && at - state.lastOomAt < OOM_DEDUPE_MS) {
    return { decision: hold("oom-repeat", `OOM kill reported again within ${OOM_DEDUPE_MS / 1e3} s: already handled`), state };
  }
  const next = { ...state, lastOomAt: at, lowSince: void 0 };
  const maxBytes = policy.maxMb * MiB;
  if (killedAtBytes >= maxBytes) return { decision: hold("at-max", `OOM kill at ${mb(killedAtBytes)}, but that is the maximum ${policy.maxMb} MB`), state: next };
  const byFactor = Math.ceil(killedAtBytes * policy.oomFactor / MiB) * MiB;
  const toBytes = Math.min(Math.max(killedAtBytes + policy.stepMb * MiB, byFactor), maxBytes);
  const rule = `max(+${policy.stepMb} MB, \xD7${policy.oomFactor}) \u2192 ${mb(toBytes)}${toBytes === maxBytes ? `, capped at the maximum ${policy.maxMb} MB` : ""}`;
  if (currentLimitBytes >= toBytes) return { decision: hold("oom-covered", `OOM kill at ${mb(killedAtBytes)}: ${rule}, and the limit is already ${mb(currentLimitBytes)}`), state: next };
  return { decision: { action: "oom-bump", fromBytes: currentLimitBytes, toBytes, reason: `OOM kill at ${mb(killedAtBytes)}: ${rule}` }, state: next };
}
function afterUpdateAttempt(state, at) {
  return { ...state, lastChangeAt: at, lowSince: void 0 };
}
function cooldownLeftMs(state, at, policy, periodMs) {
  if (state.lastChangeAt === void 0) return 0;
  return state.lastChangeAt + policy.cooldownSec * 1e3 - periodMs / 2 - at;
}
function hold(reason, text) {
  return { action: "hold", hold: reason, reason: text };
}
function mb(bytes) {
  return `${toMb(bytes)} MB`;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}

// src/autoscaler/cgroup-sampler.ts
var fs4 = __toESM(require("node:fs"));

// src/core/container-memory.ts
var fs3 = __toESM(require("node:fs"));
var HOST_CGROUP_MOUNT = "/host/sys/fs/cgroup";
var CGROUP_ROOTS = [HOST_CGROUP_MOUNT, "/sys/fs/cgroup"];
var UNLIMITED_V1 = 2 ** 62;
function locateCgroup(c, roots = CGROUP_ROOTS) {
  const rels = candidatePaths(c);
  for (const root of roots) {
    for (const rel of rels) {
      const v1 = `${root}/memory${rel}`;
      if (fs3.existsSync(`${v1}/memory.usage_in_bytes`)) {
        const cpuFile = [`${root}/cpuacct${rel}/cpuacct.usage`, `${root}/cpu,cpuacct${rel}/cpuacct.usage`].find((f) => fs3.existsSync(f));
        return { version: 1, memoryDir: v1, cpuFile };
      }
      const v2 = `${root}${rel}`;
      if (fs3.existsSync(`${v2}/memory.current`)) return { version: 2, memoryDir: v2, cpuFile: fs3.existsSync(`${v2}/cpu.stat`) ? `${v2}/cpu.stat` : void 0 };
    }
  }
  return void 0;
}
function candidatePaths(c) {
  const out = [];
  const fromProc = procCgroupPath(c);
  if (fromProc) out.push(fromProc);
  const parent = (c.parent ?? "").replace(/\/+$/, "");
  const parents = parent ? [parent.startsWith("/") ? parent : `/${parent}`] : ["/docker", "/system.slice"];
  for (const p of parents) out.push(`${p}/${c.id}`, `${p}/docker-${c.id}.scope`);
  return out;
}
function procCgroupPath(c) {
  if (!c.pid) return void 0;
  let text;
  try {
    text = fs3.readFileSync(`/proc/${c.pid}/cgroup`, "utf8");
  } catch {
    return void 0;
  }
  const line = text.split("\n").find((l) => /^\d+:(memory)?:/.test(l) && l.includes(c.id) && (l.includes(":memory:") || l.startsWith("0::")));
  return line?.slice(line.indexOf(":", line.indexOf(":") + 1) + 1);
}
var CgroupFiles = class {
  constructor(place) {
    this.place = place;
    const v1 = place.version === 1;
    const dir = place.memoryDir;
    try {
      this.usage = this.open(`${dir}/${v1 ? "memory.usage_in_bytes" : "memory.current"}`);
      this.stat = this.open(`${dir}/memory.stat`);
      this.limit = this.open(`${dir}/${v1 ? "memory.limit_in_bytes" : "memory.max"}`);
      this.events = this.open(`${dir}/${v1 ? "memory.oom_control" : "memory.events"}`);
      if (place.cpuFile) this.cpu = this.open(place.cpuFile);
    } catch (err) {
      this.close();
      throw err;
    }
  }
  place;
  buf = Buffer.alloc(8192);
  fds = [];
  usage;
  stat;
  limit;
  events;
  cpu;
  inactive;
  /**
   * full: memory.stat (the inactive file cache, the one costly file: the kernel writes ~40 counters) and the CPU time
   * too; otherwise the last inactive file figure stands in, since page cache moves far slower than a leak grows.
   */
  read(full) {
    const v1 = this.place.version === 1;
    const usage = Number(this.text(this.usage));
    if (full || this.inactive === void 0) this.inactive = keyed(this.text(this.stat), v1 ? "total_inactive_file" : "inactive_file") ?? 0;
    const inactive = this.inactive;
    const limitText = this.text(this.limit).trim();
    const limit = limitText === "max" ? 0 : Number(limitText);
    const reading = {
      usedBytes: inactive < usage ? usage - inactive : usage,
      limitBytes: limit >= UNLIMITED_V1 ? 0 : limit,
      oomKills: keyed(this.text(this.events), "oom_kill")
    };
    if (full && this.cpu !== void 0) reading.cpuNs = v1 ? Number(this.text(this.cpu)) : (keyed(this.text(this.cpu), "usage_usec") ?? 0) * 1e3;
    return reading;
  }
  close() {
    for (const fd of this.fds.splice(0)) {
      try {
        fs3.closeSync(fd);
      } catch {
      }
    }
  }
  open(file) {
    const fd = fs3.openSync(file, "r");
    this.fds.push(fd);
    return fd;
  }
  text(fd) {
    const n = fs3.readSync(fd, this.buf, 0, this.buf.length, 0);
    if (n === 0) throw new Error("the cgroup is gone");
    return this.buf.toString("latin1", 0, n);
  }
};
function keyed(text, key) {
  const at = text.startsWith(`${key} `) ? 0 : text.indexOf(`
${key} `) + 1;
  if (at === 0 && !text.startsWith(`${key} `)) return void 0;
  const end = text.indexOf("\n", at);
  return Number(text.slice(at + key.length + 1, end < 0 ? void 0 : end));
}

// src/autoscaler/cgroup-sampler.ts
var FULL_READ_EVERY_MS = 1e3;
var CgroupSampler = class {
  constructor(tickMs, handlers, now = Date.now, roots = CGROUP_ROOTS) {
    this.tickMs = tickMs;
    this.handlers = handlers;
    this.now = now;
    this.roots = roots;
  }
  tickMs;
  handlers;
  now;
  roots;
  attached = /* @__PURE__ */ new Map();
  timer;
  get periodMs() {
    return this.tickMs;
  }
  /** Starts reading the container's cgroup; false when its files are not reachable from here (then use Docker's stats). */
  attach(key, facts) {
    this.detach(key);
    const place = locateCgroup(facts, this.roots);
    if (!place) return false;
    let files;
    try {
      files = new CgroupFiles(place);
      this.attached.set(key, { files, oomKills: files.read(false).oomKills, cpuPercent: 0 });
    } catch {
      return false;
    }
    if (place.version === 2) this.watchEvents(key, `${place.memoryDir}/memory.events`);
    this.schedule();
    return true;
  }
  isAttached(key) {
    return this.attached.has(key);
  }
  detach(key) {
    const a = this.attached.get(key);
    a?.events?.close();
    a?.files.close();
    this.attached.delete(key);
    if (!this.attached.size) this.unschedule();
  }
  /** A reloaded config's tick takes effect at once. */
  setTick(ms) {
    if (ms === this.tickMs) return;
    this.tickMs = ms;
    this.unschedule();
    this.schedule();
  }
  stop() {
    for (const key of [...this.attached.keys()]) this.detach(key);
  }
  schedule() {
    if (!this.timer && this.attached.size) this.timer = setInterval(() => this.tick(), this.tickMs);
  }
  unschedule() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
  }
  noteOomKills(key, a, kills, at) {
    if (kills !== void 0 && a.oomKills !== void 0 && kills > a.oomKills) this.handlers.onOomKill(key, at, kills - a.oomKills);
    a.oomKills = kills;
  }
  /** memory.events changed (v2): read the OOM kill count now rather than at the next tick. */
  watchEvents(key, file) {
    const a = this.attached.get(key);
    try {
      a.events = fs4.watch(file, { persistent: false }, () => {
        if (this.attached.get(key) !== a) return;
        try {
          this.noteOomKills(key, a, a.files.read(false).oomKills, this.now());
        } catch {
        }
      });
      a.events.on("error", () => a.events?.close());
    } catch {
    }
  }
  tick() {
    const at = this.now();
    for (const [key, a] of [...this.attached]) {
      const fullDue = a.fullAt === void 0 || at - a.fullAt >= FULL_READ_EVERY_MS;
      if (fullDue) a.fullAt = at;
      let r;
      try {
        r = a.files.read(fullDue);
      } catch (err) {
        this.detach(key);
        this.handlers.onLost(key, err);
        continue;
      }
      if (r.cpuNs !== void 0) {
        if (a.cpu && at > a.cpu.at) a.cpuPercent = Math.max(0, (r.cpuNs - a.cpu.ns) / 1e6 / (at - a.cpu.at) * 100);
        a.cpu = { at, ns: r.cpuNs };
      }
      this.noteOomKills(key, a, r.oomKills, at);
      this.handlers.onSample(key, { at, usedBytes: r.usedBytes, limitBytes: r.limitBytes, cpuPercent: a.cpuPercent });
    }
  }
};

// src/autoscaler/metrics.ts
var MetricFamily = class {
  constructor(name2, type, help) {
    this.name = name2;
    this.type = type;
    this.help = help;
  }
  name;
  type;
  help;
  series = /* @__PURE__ */ new Map();
  inc(labels = {}, by = 1) {
    const key = keyOf(labels);
    const s = this.series.get(key);
    if (s) s.value += by;
    else this.series.set(key, { labels, value: by });
  }
  set(labels, value) {
    this.series.set(keyOf(labels), { labels, value });
  }
  get(labels = {}) {
    return this.series.get(keyOf(labels))?.value ?? 0;
  }
  /** Drops the series of a container that is gone, so scrapes do not report it for ever. */
  forget(match) {
    for (const [key, s] of this.series) {
      if (Object.entries(match).every(([k, v]) => s.labels[k] === v)) this.series.delete(key);
    }
  }
  clear() {
    this.series.clear();
  }
  render() {
    const lines = [`# HELP ${this.name} ${this.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`, `# TYPE ${this.name} ${this.type}`];
    for (const s of this.series.values()) lines.push(`${this.name}${labelText(s.labels)} ${formatValue(s.value)}`);
    return lines.join("\n");
  }
};
function renderFamilies(families) {
  return families.map((f) => f.render()).join("\n") + "\n";
}
function keyOf(labels) {
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join("\0");
}
function labelText(labels) {
  const entries = Object.entries(labels);
  if (!entries.length) return "";
  return `{${entries.map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`;
}
function formatValue(v) {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}

// src/autoscaler/report.ts
function createCounters() {
  return {
    decisions: new MetricFamily("slipway_autoscaler_decisions_total", "counter", "Policy evaluations by outcome: raise, lower, oom-bump, or hold with its reason."),
    updates: new MetricFamily("slipway_autoscaler_updates_total", "counter", "Memory limit updates sent to Docker, by action and result (done or refused)."),
    ooms: new MetricFamily("slipway_autoscaler_oom_kills_total", "counter", "OOM kills seen (Docker oom event or State.OOMKilled)."),
    lastChange: new MetricFamily("slipway_autoscaler_last_change_timestamp_seconds", "gauge", "When the memory limit was last changed."),
    disconnects: new MetricFamily("slipway_autoscaler_docker_disconnects_total", "counter", "Times the connection to dockerd was lost."),
    streamRestarts: new MetricFamily("slipway_autoscaler_stats_stream_restarts_total", "counter", "Stats streams reopened after they ended.")
  };
}
function containerLabels(c) {
  return { container: c.name, role: c.role };
}
function renderMetrics(status, counters) {
  const used = new MetricFamily("slipway_autoscaler_memory_used_bytes", "gauge", "Memory used (usage minus inactive file cache, as docker stats shows it).");
  const limit = new MetricFamily("slipway_autoscaler_memory_limit_bytes", "gauge", "Current memory limit.");
  const start = new MetricFamily("slipway_autoscaler_memory_start_limit_bytes", "gauge", "Starting memory limit: never scaled below it.");
  const cpu = new MetricFamily("slipway_autoscaler_cpu_percent", "gauge", "CPU use in percent of one core, as docker stats shows it.");
  const running = new MetricFamily("slipway_autoscaler_container_running", "gauge", "1 while the watched container runs.");
  for (const c of status.containers) {
    const labels = containerLabels(c);
    if (c.usedBytes !== void 0) used.set(labels, c.usedBytes);
    limit.set(labels, c.limitBytes);
    start.set(labels, c.startLimitBytes);
    if (c.cpuPercent !== void 0) cpu.set(labels, Math.round(c.cpuPercent * 100) / 100);
    running.set(labels, c.running ? 1 : 0);
  }
  const watched = new MetricFamily("slipway_autoscaler_watched_containers", "gauge", "Containers of the app being watched.");
  watched.set({}, status.containers.length);
  const connected = new MetricFamily("slipway_autoscaler_docker_connected", "gauge", "1 while dockerd answers.");
  connected.set({}, status.docker.connected ? 1 : 0);
  const usage = process.cpuUsage();
  const processCpu = new MetricFamily("process_cpu_seconds_total", "counter", "CPU time of the autoscaler process.");
  processCpu.set({}, (usage.user + usage.system) / 1e6);
  const rss = new MetricFamily("process_resident_memory_bytes", "gauge", "Resident memory of the autoscaler process.");
  rss.set({}, process.memoryUsage.rss());
  return renderFamilies([used, limit, start, cpu, running, watched, connected, ...Object.values(counters), processCpu, rss]);
}

// src/core/actions.ts
var querystring = __toESM(require("node:querystring"));
function dockerPath(base2, query = {}) {
  const q = {};
  for (const [k, v] of Object.entries(query)) {
    if (v === void 0) continue;
    q[k] = Array.isArray(v) ? v.map(String) : v && typeof v === "object" ? JSON.stringify(v) : String(v);
  }
  const text = querystring.stringify(q);
  return text ? `${base2}?${text}` : base2;
}
function dockerCall(summary, request, opts = {}) {
  return { kind: "docker", summary, detail: { ...request }, ...opts };
}

// src/autoscaler/updater.ts
function limitsFor(memoryBytes, current) {
  if (current.memorySwapBytes === -1) return { Memory: memoryBytes, MemorySwap: -1 };
  const swapAllowance = current.memorySwapBytes > current.memoryBytes ? current.memorySwapBytes - current.memoryBytes : 0;
  return { Memory: memoryBytes, MemorySwap: memoryBytes + swapAllowance };
}
var TRANSIENT = "container not running|cannot update a stopped container|cannot update a deleted process|is restarting";
function memoryUpdateAction(engine, container, fromBytes, limits) {
  const verb = limits.Memory > fromBytes ? "raise" : "lower";
  const request = { method: "POST", path: `/containers/${container.id.slice(0, 12)}/update`, body: limits, retry: { when: TRANSIENT, times: 10, pauseMs: 200 } };
  return { ...dockerCall(`${verb} the memory limit of ${container.name} from ${toMb(fromBytes)} MB to ${toMb(limits.Memory)} MB`, request), run: async (detail) => void await engine.request(detail) };
}
function refusalOf(err) {
  const e = err;
  const text = (e.json?.message ?? e.message ?? String(err)).replace(/^\(HTTP code \d+\)[^-]*- /, "").trim();
  return e.statusCode ? `${text} (HTTP ${e.statusCode})` : text;
}

// src/swarm/service-memory.ts
var MB = 1024 * 1024;
var OUT_OF_SEQUENCE = /update out of sequence/i;
function serviceBusy(s, quietSec, now = Date.now()) {
  const u = s.UpdateStatus;
  if (u?.State === "updating" || u?.State === "rollback_started") return `its update is still rolling out (${u.State})`;
  const ended = u?.CompletedAt ? Date.parse(u.CompletedAt) : NaN;
  if (Number.isFinite(ended) && now - ended < quietSec * 1e3) return `its last update ended ${Math.round((now - ended) / 1e3)} s ago (cooldown and monitor period: ${quietSec} s)`;
  return void 0;
}
function withMemoryLimit(s, toBytes) {
  const r = s.Spec.TaskTemplate.Resources ?? {};
  return { ...s.Spec, TaskTemplate: { ...s.Spec.TaskTemplate, Resources: { Limits: { ...r.Limits ?? {}, MemoryBytes: toBytes }, Reservations: { ...r.Reservations ?? {} } } } };
}
function serviceMemoryAction(engine, change) {
  const { service, toBytes } = change;
  const tasks = service.Spec.Mode.Replicated?.Replicas ?? 1;
  const from = service.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
  const verb = toBytes > from ? "raise" : "lower";
  const path5 = (version2) => dockerPath(`/services/${service.ID}/update`, { version: version2 });
  return {
    kind: "docker",
    summary: `${verb} the memory limit of the service ${service.Spec.Name} from ${Math.round(from / MB)} MB to ${Math.round(toBytes / MB)} MB: restarts ${tasks} task${tasks === 1 ? "" : "s"} (a rolling update)`,
    detail: { method: "POST", path: path5(service.Version.Index), body: withMemoryLimit(service, toBytes), retry: { when: "update out of sequence", times: 5, pauseMs: 200, then: "the service is read again" } },
    run: async () => {
      for (let attempt = 1; ; attempt++) {
        const now = await engine.request({ method: "GET", path: `/services/${service.ID}` });
        const current = now.Spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
        if (verb === "raise" ? current >= toBytes : current <= toBytes) return { updated: false, reason: `already ${Math.round(current / MB)} MB` };
        const busy = serviceBusy(now, change.quietSec);
        if (busy) return { updated: false, reason: busy };
        try {
          await engine.request({ method: "POST", path: path5(now.Version.Index), body: withMemoryLimit(now, toBytes) });
          return { updated: true };
        } catch (err) {
          if (attempt >= 5 || !OUT_OF_SEQUENCE.test(err.message)) throw err;
          await sleep(200);
        }
      }
    }
  };
}
function oneTaskWarning(service) {
  return (service.Spec.Mode.Replicated?.Replicas ?? 1) === 1 ? `the service ${service.Spec.Name} has one task: a memory change restarts it (start-first, so it keeps serving, but its in-memory state is lost); give it 2 or more (deploy.swarm.replicas)` : void 0;
}
async function taskMemoryAction(engine, serviceId, toBytes, cooldownSec, warn) {
  const service = await engine.request({ method: "GET", path: `/services/${serviceId}` });
  const lone = oneTaskWarning(service);
  if (lone) warn(`autoscaler: ${lone}`);
  const monitorSec = Number(service.Spec.UpdateConfig?.Monitor ?? 5e9) / 1e9;
  return serviceMemoryAction(engine, { service, toBytes, quietSec: cooldownSec + monitorSec });
}

// src/autoscaler/watched.ts
function firstSeen(c) {
  return { container: c, policy: { startLimitBytes: c.startLimitLabelBytes ?? c.memoryBytes }, limitBytes: c.memoryBytes, streamFailures: 0, updating: false };
}
function logAbout(log, w, text) {
  log.info(`autoscaler: ${w.container.name} (${w.container.role}): ${text}`);
}
function containerStatus(w) {
  const { container: c, latest } = w;
  return {
    id: c.id.slice(0, 12),
    name: c.name,
    role: c.role,
    running: c.running,
    source: w.source,
    limitBytes: w.limitBytes,
    startLimitBytes: w.policy.startLimitBytes,
    ...latest && {
      usedBytes: latest.usedBytes,
      usedPercent: w.limitBytes > 0 ? Math.round(latest.usedBytes / w.limitBytes * 1e3) / 10 : void 0,
      cpuPercent: Math.round(latest.cpuPercent * 10) / 10,
      sampledAt: new Date(latest.at).toISOString()
    },
    ...w.lastDecision && { lastDecision: w.lastDecision },
    ...w.lastAction && { lastAction: w.lastAction }
  };
}

// src/autoscaler/scaler.ts
var MemoryScaler = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  /** A reloaded config: the next sample and the next OOM kill are decided by it. */
  setPolicy(policy) {
    this.opts.policy = policy;
  }
  onSample(w, sample, periodMs) {
    if (w.updating) return;
    const decided = decide(sample, w.policy, this.opts.policy, periodMs);
    w.policy = decided.state;
    void this.act(w, decided.decision, sample.at);
  }
  onOom(w, at, source) {
    const last = w.pendingOom?.at ?? w.policy.lastOomAt;
    if (last !== void 0 && Math.abs(at - last) < OOM_DEDUPE_MS) return;
    this.opts.counters.ooms.inc(containerLabels(w.container));
    logAbout(this.opts.log, w, `OOM kill (${source}) at a limit of ${toMb(w.limitBytes)} MB`);
    const oom = { at, killedAtBytes: w.limitBytes, source };
    if (w.updating) w.pendingOom = oom;
    else this.handleOom(w, oom);
  }
  /** The container started again: an OOM bump Docker refused while it was down goes through now. */
  retryRefusedOomBump(w) {
    const bump = w.refusedOomBump;
    w.refusedOomBump = void 0;
    if (bump && !w.updating && w.limitBytes < bump.toBytes) void this.act(w, { ...bump, fromBytes: w.limitBytes, reason: `${bump.reason} (tried again now that it started)` }, this.opts.now());
  }
  handleOom(w, oom) {
    const decided = decideOnOom(this.opts.now(), oom.killedAtBytes, w.limitBytes, w.policy, this.opts.policy);
    w.policy = decided.state;
    void this.act(w, decided.decision, oom.at);
  }
  async act(w, decision, at) {
    if (decision.action === "hold") return this.hold(w, decision, at);
    const labels = containerLabels(w.container);
    this.opts.counters.decisions.inc({ ...labels, action: decision.action, reason: decision.action });
    w.lastDecision = { at: new Date(at).toISOString(), action: decision.action, reason: decision.reason };
    logAbout(this.opts.log, w, `${decision.action} ${toMb(decision.fromBytes)} \u2192 ${toMb(decision.toBytes)} MB \u2014 ${decision.reason}`);
    w.updating = true;
    try {
      w.lastAction = await this.update(w, decision);
    } finally {
      w.policy = afterUpdateAttempt(w.policy, at);
      w.updating = false;
    }
    const oom = w.pendingOom;
    w.pendingOom = void 0;
    if (oom && this.opts.isWatched(w)) this.handleOom(w, oom);
  }
  hold(w, decision, at) {
    if (decision.hold === "not-due") return;
    this.opts.counters.decisions.inc({ ...containerLabels(w.container), action: "hold", reason: decision.hold });
    if (w.lastDecision?.hold !== decision.hold) logAbout(this.opts.log, w, `hold \u2014 ${decision.reason}`);
    w.lastDecision = { at: new Date(at).toISOString(), action: "hold", hold: decision.hold, reason: decision.reason };
  }
  /** Sends the update; a refusal is recorded and logged, never thrown. */
  async update(w, decision) {
    const { engine, executor, counters, now, log, policy } = this.opts;
    const labels = containerLabels(w.container);
    const limits = limitsFor(decision.toBytes, w.container);
    const record = { at: new Date(now()).toISOString(), action: decision.action, fromBytes: decision.fromBytes, toBytes: decision.toBytes, reason: decision.reason, result: "done" };
    try {
      const swarm = w.container.swarmService;
      await executor.execute([swarm ? await taskMemoryAction(engine, swarm, decision.toBytes, policy.cooldownSec, (l) => log.warn(l)) : memoryUpdateAction(engine, w.container, decision.fromBytes, limits)]);
      if (executor.dryRun) {
        record.result = "dry-run";
      } else {
        w.limitBytes = limits.Memory;
        w.container = { ...w.container, memoryBytes: limits.Memory, memorySwapBytes: limits.MemorySwap };
        counters.lastChange.set(labels, Math.round(now() / 1e3));
      }
      counters.updates.inc({ ...labels, action: decision.action, result: record.result });
      w.refusedOomBump = void 0;
    } catch (err) {
      if (decision.action === "oom-bump") w.refusedOomBump = decision;
      record.result = "refused";
      record.error = refusalOf(err);
      counters.updates.inc({ ...labels, action: decision.action, result: "refused" });
      log.warn(`autoscaler: ${w.container.name}: Docker refused the ${decision.action} to ${toMb(decision.toBytes)} MB: ${record.error}; keeping ${toMb(decision.fromBytes)} MB, next try after the ${policy.cooldownSec} s cooldown`);
    }
    return record;
  }
};

// src/autoscaler/watcher.ts
function startMemoryAutoscaler(opts) {
  return new RunningAutoscaler(opts);
}
var RunningAutoscaler = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.retryMs = opts.retryMs ?? 1e3;
    this.startedAt = new Date(this.now()).toISOString();
    this.dockerState = { connected: false, since: this.startedAt };
    this.firstListing = new Promise((resolve4) => this.markListed = resolve4);
    const { engine, policy, log, executor } = opts;
    this.scaler = new MemoryScaler({ engine, policy, log, executor, counters: this.counters, now: this.now, isWatched: (w) => this.watched.get(w.container.id) === w });
    this.sampler = new CgroupSampler(policy.tickMs, {
      onSample: (w, s) => this.onMemorySample(w, s, this.sampler.periodMs),
      onOomKill: (w, at, kills) => this.scaler.onOom(w, at, `cgroup oom_kill +${kills}`),
      onLost: (w) => this.retrySource(w)
    }, this.now, opts.cgroupRoots);
    this.discovery = watchAppContainers(
      engine,
      opts.app,
      {
        onContainer: (c, why) => this.onContainer(c, why),
        onGone: (id) => this.forget(id, "it was removed"),
        onOom: (id, at) => {
          const w = this.watched.get(id);
          if (w) this.scaler.onOom(w, at, "oom event");
        },
        onListed: (ids) => this.onListed(ids),
        onConnection: (connected, error2) => this.onConnection(connected, error2)
      },
      { retryMs: this.retryMs }
    );
  }
  opts;
  watched = /* @__PURE__ */ new Map();
  subscribers = /* @__PURE__ */ new Set();
  counters = createCounters();
  now;
  retryMs;
  startedAt;
  dockerState;
  scaler;
  discovery;
  sampler;
  firstListing;
  markListed = () => void 0;
  stopped = false;
  listed() {
    return this.firstListing;
  }
  status() {
    const { app, policy } = this.opts;
    return {
      app,
      pid: process.pid,
      startedAt: this.startedAt,
      docker: { ...this.dockerState },
      policy: { ...policy, scaleDown: { ...policy.scaleDown } },
      containers: [...this.watched.values()].map(containerStatus)
    };
  }
  metrics() {
    return renderMetrics(this.status(), this.counters);
  }
  setPolicy(policy) {
    this.opts.policy = policy;
    this.scaler.setPolicy(policy);
    this.sampler.setTick(policy.tickMs);
  }
  onSample(subscriber) {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }
  stop() {
    this.stopped = true;
    this.discovery.stop();
    this.sampler.stop();
    for (const w of this.watched.values()) {
      w.stream?.close();
      if (w.reopenTimer) clearTimeout(w.reopenTimer);
    }
    this.watched.clear();
  }
  onContainer(c, why) {
    let w = this.watched.get(c.id);
    if (!w) {
      w = firstSeen(c);
      this.watched.set(c.id, w);
      logAbout(this.opts.log, w, `watching (limit ${c.memoryBytes ? `${toMb(c.memoryBytes)} MB` : "none"}, starting limit ${toMb(w.policy.startLimitBytes)} MB${c.startLimitLabelBytes ? "" : ", as first seen"})`);
    }
    const restarted = w.container.pid !== c.pid;
    w.container = c;
    if (!w.updating) w.limitBytes = c.memoryBytes;
    if (why === "die" && c.oomKilled && !(w.policy.lastOomAt !== void 0 && w.policy.lastOomAt >= c.startedAt)) this.scaler.onOom(w, this.now(), "State.OOMKilled");
    if (why === "start") {
      logAbout(this.opts.log, w, "started");
      this.scaler.retryRefusedOomBump(w);
    }
    if (!c.running || why === "start" || restarted) this.sampler.detach(w);
    if (c.running) this.openSource(w);
  }
  onListed(ids) {
    for (const id of [...this.watched.keys()]) if (!ids.includes(id)) this.forget(id, "it was removed while dockerd was out of reach");
    this.markListed();
  }
  onConnection(connected, error2) {
    const { log, app } = this.opts;
    this.dockerState.connected = connected;
    this.dockerState.since = new Date(this.now()).toISOString();
    this.dockerState.lastError = error2 ?? this.dockerState.lastError;
    if (connected) log.info(`autoscaler: connected to dockerd; watching containers labelled slipway.app=${app}`);
    else {
      this.counters.disconnects.inc();
      log.warn(`autoscaler: lost dockerd (${error2}); retrying, the containers are left as they are`);
    }
  }
  /** The cgroup files when they are reachable from here, else Docker's stats stream. */
  openSource(w) {
    if (this.stopped || w.stream || w.reopenTimer || this.sampler.isAttached(w)) return;
    const c = w.container;
    const viaCgroup = this.sampler.attach(w, { id: c.id, pid: c.pid, parent: c.cgroupParent });
    const source = viaCgroup ? "cgroup" : "stats";
    if (w.source !== source) logAbout(this.opts.log, w, viaCgroup ? `reading its cgroup every ${this.sampler.periodMs} ms` : "its cgroup files are not reachable here: reading Docker stats (one sample a second)");
    w.source = source;
    if (!viaCgroup) this.openStream(w);
  }
  /** The cgroup files went away under a running container (replaced by a restart): find them again after a pause. */
  retrySource(w) {
    if (this.stopped || this.watched.get(w.container.id) !== w || !w.container.running || w.reopenTimer) return;
    w.reopenTimer = setTimeout(() => {
      w.reopenTimer = void 0;
      if (w.container.running) this.openSource(w);
    }, this.retryMs);
  }
  openStream(w) {
    if (this.stopped || w.stream || w.reopenTimer) return;
    const id = w.container.id;
    w.stream = openStatsStream(this.opts.engine, id, {
      onStats: (stats) => {
        w.streamFailures = 0;
        this.onStats(w, stats);
      },
      onEnd: (err) => {
        w.stream = void 0;
        if (this.stopped || this.watched.get(id) !== w) return;
        if (err?.statusCode === 404) return this.forget(id, "it no longer exists");
        if (!w.container.running) return;
        w.streamFailures += 1;
        this.counters.streamRestarts.inc(containerLabels(w.container));
        w.reopenTimer = setTimeout(() => {
          w.reopenTimer = void 0;
          this.openSource(w);
        }, Math.min(this.retryMs * w.streamFailures, 5 * this.retryMs));
      }
    });
  }
  onStats(w, stats) {
    if (!isLiveSample(stats)) return;
    const at = this.now();
    const limitBytes = stats.memory_stats?.limit ?? w.limitBytes;
    this.onMemorySample(w, { at, usedBytes: memoryUsedBytes(stats.memory_stats), limitBytes, cpuPercent: cpuPercent(stats) }, STREAM_PERIOD_MS);
  }
  /** One sample, from the cgroup or the stats stream: recorded, published to local alerting, decided on. */
  onMemorySample(w, s, periodMs) {
    if (w.container.memoryBytes <= 0) s.limitBytes = 0;
    else if (s.limitBytes > 0 && !w.updating) w.limitBytes = s.limitBytes;
    w.latest = { at: s.at, usedBytes: s.usedBytes, cpuPercent: s.cpuPercent };
    this.publish({ containerId: w.container.id, name: w.container.name, role: w.container.role, at: s.at, cpuPercent: s.cpuPercent, memoryUsedBytes: s.usedBytes, memoryLimitBytes: s.limitBytes });
    this.scaler.onSample(w, { at: s.at, usedBytes: s.usedBytes, limitBytes: s.limitBytes }, periodMs);
  }
  publish(sample) {
    for (const s of this.subscribers) {
      try {
        s(sample);
      } catch (err) {
        this.opts.log.warn(`autoscaler: a sample subscriber failed: ${err.message}`);
      }
    }
  }
  forget(id, why) {
    const w = this.watched.get(id);
    if (!w) return;
    w.stream?.close();
    this.sampler.detach(w);
    if (w.reopenTimer) clearTimeout(w.reopenTimer);
    this.watched.delete(id);
    for (const family of Object.values(this.counters)) family.forget(containerLabels(w.container));
    logAbout(this.opts.log, w, `no longer watched: ${why}`);
  }
};

// src/core/service-config.ts
var RELOAD_SIGNAL = "SIGHUP";
function reloadConfig(ctx) {
  return loadConfig({ appDir: ctx.appDir, configFile: ctx.configFile, env: ctx.env, flags: ctx.flags }).config;
}
function onReload(handler, log) {
  let running;
  let again = false;
  const runOnce = async () => {
    do {
      again = false;
      try {
        await handler();
      } catch (err) {
        log(`reload failed, keeping the running configuration: ${err.message}`);
      }
    } while (again);
  };
  const listener = () => {
    if (running) again = true;
    else running = runOnce().finally(() => running = void 0);
  };
  process.on(RELOAD_SIGNAL, listener);
  return () => void process.removeListener(RELOAD_SIGNAL, listener);
}

// src/core/http-server.ts
var http3 = __toESM(require("node:http"));

// src/core/bearer.ts
var import_node_crypto = require("node:crypto");
function refusal(req, accepted) {
  const set = accepted.filter((c) => c.value);
  if (!set.length) {
    if (isLoopbackAddress(req.socket.remoteAddress)) return void 0;
    return { status: 403, message: `no ${accepted.map((c) => c.name).join(" or ")} is set, so only loopback clients may ${req.method} ${req.url}`, headers: {} };
  }
  const header = req.headers.authorization;
  const challenge = `Bearer realm="slipway"`;
  if (!header || !/^Bearer\s/i.test(header)) {
    return { status: 401, message: `missing Authorization: Bearer <${set.map((c) => c.name).join(" or ")}>`, headers: { "www-authenticate": challenge } };
  }
  let matched = false;
  for (const c of set) matched = bearerMatches(header, c.value) || matched;
  return matched ? void 0 : { status: 401, message: "wrong token", headers: { "www-authenticate": `${challenge}, error="invalid_token"` } };
}
function bearerMatches(authorization, token) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) return false;
  const digest = (s) => (0, import_node_crypto.createHash)("sha256").update(s).digest();
  return (0, import_node_crypto.timingSafeEqual)(digest(m[1]), digest(token));
}

// src/core/listen.ts
function listenOn(server, at, field, busyHint) {
  return new Promise((resolve4, reject) => {
    const onError = (err) => {
      const hint = err.code === "EADDRINUSE" ? busyHint ?? `another process listens on ${formatHostPort(at)}: stop it, or set ${field} to a free port` : `check ${field}: use an address of this host, e.g. 127.0.0.1:${at.port || 8080}`;
      reject(new StepFailed(`${field}: cannot listen on ${formatHostPort(at)} (${err.code ?? err.message})`, hint));
    };
    server.once("error", onError);
    server.listen(at.port, at.host, () => {
      server.off("error", onError);
      resolve4({ host: at.host, port: server.address().port });
    });
  });
}
function closeServer(server) {
  return new Promise((resolve4) => {
    server.close(() => resolve4());
    server.closeIdleConnections();
  });
}

// src/core/http-server.ts
var HttpError = class extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
  status;
  headers;
};
var json = (body, status = 200, headers) => ({ status, json: body, headers });
var MAX_BODY_BYTES = 64 * 1024;
var MAX_DISCARD_BYTES = 1024 * 1024;
function createJsonServer(opts) {
  const timeout = opts.requestTimeoutMs ?? 1e4;
  const headersTimeout = Math.min(timeout, 1e4);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const server = http3.createServer(
    // the timeouts are checked every second, not every 30 s (Node's default), so a slow sender is cut near its deadline
    { maxHeaderSize: 16 * 1024, requestTimeout: timeout, headersTimeout, connectionsCheckingInterval: Math.min(1e3, headersTimeout) },
    (req, res) => void guarded(opts, req, res)
  );
  server.setTimeout(timeout + headersTimeout);
  server.on("checkContinue", (req, res) => {
    if (declaredLength(req) > limit) return void send2(res, json({ error: tooLarge(limit).message }, 413, { connection: "close" }), false);
    res.writeContinue();
    void guarded(opts, req, res);
  });
  refuseMalformed(server);
  return server;
}
function refuseMalformed(server) {
  server.on("clientError", (err, socket) => {
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    rawAnswer(socket, status, `malformed request (${err.code ?? err.message})`);
  });
  server.on("connect", (_req, socket) => rawAnswer(socket, 400, "CONNECT is not supported here"));
}
async function guarded(opts, req, res) {
  const head = req.method === "HEAD";
  const fail = (err) => {
    const known = err instanceof HttpError ? err : opts.mapError?.(err);
    if (!known) opts.log?.(`${opts.name}: ${req.method} ${req.url} failed: ${err?.stack ?? String(err)}`);
    const e = known ?? new HttpError(500, `internal error: ${err?.message ?? String(err)}`);
    try {
      send2(res, json({ error: e.message }, e.status, e.headers), head);
    } catch {
      res.destroy();
    }
  };
  guardEvents(req, fail);
  guardEvents(res, fail);
  req.on("error", () => void 0);
  try {
    send2(res, await answer(opts, req), head);
  } catch (err) {
    fail(err);
  } finally {
    if (!req.complete) discardBody(req, MAX_DISCARD_BYTES);
  }
}
function guardEvents(emitter, fail) {
  const emit = emitter.emit;
  emitter.emit = function guardedEmit(event, ...args) {
    try {
      return emit.call(this, event, ...args);
    } catch (err) {
      fail(err);
      return true;
    }
  };
}
function discardBody(req, budget) {
  let left = budget;
  req.on("data", (chunk) => {
    left -= chunk.length;
    if (left < 0) req.socket.destroy();
  });
  req.resume();
}
async function answer(opts, req) {
  const target = parseRequestTarget(req.method ?? "", req.url ?? "");
  if (target === "*") return { status: 204, headers: { allow: allowedMethods(opts.routes.map((r) => r.method)) } };
  const { route, params, allowed } = findRoute(opts.routes, req.method === "HEAD" ? "GET" : req.method ?? "", target.path);
  if (!route) {
    if (allowed.length) throw new HttpError(405, `${req.method} is not allowed on ${target.path}; use ${allowed.join(" or ")}`, { allow: allowedMethods(allowed) });
    throw new HttpError(404, `no route ${target.path}; routes: ${opts.routes.map((r) => `${r.method} ${r.path}`).join(", ")}`);
  }
  const refused = route.auth && refusal(req, route.auth);
  if (refused) throw new HttpError(refused.status, refused.message, refused.headers);
  const limit = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  return route.handle({ req, path: target.path, query: new URLSearchParams(target.query), params, body: () => readJson2(req, limit) });
}
var allowedMethods = (methods) => [...new Set(methods.flatMap((m) => m === "GET" ? ["GET", "HEAD"] : [m]))].join(", ");
function findRoute(routes, method, path5) {
  const allowed = [];
  const segments = path5.split("/");
  for (const route of routes) {
    const params = matchPath(route.path.split("/"), segments);
    if (!params) continue;
    if (route.method === method) return { route, params, allowed };
    allowed.push(route.method);
  }
  return { params: {}, allowed };
}
function matchPath(pattern, segments) {
  if (pattern.length !== segments.length) return void 0;
  const params = {};
  for (let i = 0; i < pattern.length; i++) {
    if (!pattern[i].startsWith(":")) {
      if (pattern[i] !== segments[i]) return void 0;
      continue;
    }
    if (!segments[i]) return void 0;
    try {
      params[pattern[i].slice(1)] = decodeURIComponent(segments[i]);
    } catch {
      throw new HttpError(400, `malformed percent-encoding in ${segments.join("/")}`);
    }
  }
  return params;
}
var ORIGIN_FORM = /^\/[\x21\x22\x24-\x7e]*$/;
function parseRequestTarget(method, target) {
  if (target === "*") {
    if (method === "OPTIONS") return "*";
    throw new HttpError(400, `request target * is only for OPTIONS, not ${method}`);
  }
  let originForm = target;
  if (/^https?:\/\//i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new HttpError(400, `malformed absolute request target ${JSON.stringify(target.slice(0, 100))}`);
    }
    originForm = `${url.pathname || "/"}${url.search}`;
  }
  if (!ORIGIN_FORM.test(originForm)) throw new HttpError(400, `malformed request target ${JSON.stringify(target.slice(0, 100))}: expected a path like /status`);
  const q = originForm.indexOf("?");
  return q < 0 ? { path: originForm, query: "" } : { path: originForm.slice(0, q), query: originForm.slice(q + 1) };
}
var tooLarge = (limit) => new HttpError(413, `body larger than ${limit} bytes`);
function declaredLength(req) {
  return Number(req.headers["content-length"] ?? 0);
}
function readJson2(req, limit) {
  if (declaredLength(req) > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve4, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off("data", onData);
      reject(tooLarge(limit));
    };
    req.on("data", onData);
    req.once("error", reject);
    req.once("end", () => {
      const text = Buffer.concat(chunks).toString("utf8").trim();
      if (!text) return resolve4(void 0);
      try {
        resolve4(JSON.parse(text));
      } catch (err) {
        reject(new HttpError(400, `body is not valid JSON (${err.message})`));
      }
    });
  });
}
function send2(res, reply, head) {
  if (res.writableEnded) return;
  if (res.headersSent) return void res.destroy();
  const status = reply.status ?? 200;
  if (status === 204 || status === 304) return void res.writeHead(status, { "cache-control": "no-store", ...reply.headers }).end();
  if (reply.stream) {
    res.writeHead(status, { "content-type": reply.contentType ?? "text/event-stream; charset=utf-8", "cache-control": "no-store", ...reply.headers });
    return head ? void res.end() : reply.stream(res);
  }
  const text = reply.text ?? `${JSON.stringify(reply.json ?? null, null, 2)}
`;
  const type = reply.text !== void 0 ? reply.contentType ?? "text/plain; charset=utf-8" : "application/json; charset=utf-8";
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text), "cache-control": "no-store", ...reply.headers });
  res.end(head ? void 0 : text);
}
function rawAnswer(socket, status, message) {
  if (!socket.writable) return void socket.destroy();
  const body = `${JSON.stringify({ error: message })}
`;
  socket.end(`HTTP/1.1 ${status} ${http3.STATUS_CODES[status]}\r
content-type: application/json; charset=utf-8\r
content-length: ${Buffer.byteLength(body)}\r
connection: close\r
\r
${body}`);
}

// src/autoscaler/http.ts
function baseUrlOf(listen) {
  return localUrlOf(listen, "autoscaler.metricsListen");
}
async function startStatusServer(listen, handlers) {
  const server = createJsonServer({
    name: "autoscaler",
    routes: [
      { method: "GET", path: "/metrics", handle: () => ({ text: handlers.metrics(), contentType: "text/plain; version=0.0.4; charset=utf-8" }) },
      { method: "GET", path: "/status", handle: () => json(handlers.status()) },
      { method: "GET", path: "/health", handle: () => json({ ok: true }) }
    ]
  });
  const field = "autoscaler.metricsListen";
  const busy = "another process holds that port: is an autoscaler already running (`slipway autoscaler status`)? Else pick another port";
  const bound = await listenOn(server, parseHostPort(listen, field), field, busy);
  return {
    url: baseUrlOf(`${bound.host.includes(":") ? `[${bound.host}]` : bound.host}:${bound.port}`),
    close: () => {
      const closed = closeServer(server);
      server.closeAllConnections();
      return closed;
    }
  };
}

// src/monitors/definitions.ts
var MIB = 1024 * 1024;
var MANAGED_TAG = "managed-by:slipway";
function appTag(app) {
  return `slipway-app:${app}`;
}
function windowSeconds(window) {
  const m = /^last_(\d+)([mh])$/.exec(window);
  if (!m) throw new Error(`unknown evaluation window ${window}`);
  return Number(m[1]) * (m[2] === "h" ? 3600 : 60);
}
function monitorName(app, role, kind) {
  const what = kind === "cpu" ? "CPU" : kind === "memory" ? "memory" : "5xx responses";
  return `[slipway] ${app} ${role}: ${what}`;
}

// src/monitors/local-alerting.ts
function localAlertingSettings(monitors) {
  return {
    windowMs: (monitors.local.windowSec ?? windowSeconds(monitors.evaluationWindow)) * 1e3,
    renotifyMs: (monitors.local.renotifySec ?? monitors.renotifyMinutes * 60) * 1e3
  };
}
function createLocalAlerting(opts) {
  return new LocalAlertEvaluator(opts);
}
var LocalAlertEvaluator = class {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    const settings = localAlertingSettings(opts.monitors);
    this.windowMs = settings.windowMs;
    this.renotifyMs = settings.renotifyMs;
    this.rules = [
      { kind: "cpu", threshold: opts.monitors.cpuPercent, unit: "%", valueOf: (s) => s.cpuPercent },
      { kind: "memory", threshold: Math.round(opts.monitors.memoryMb * MIB), unit: "bytes", valueOf: (s) => s.memoryUsedBytes }
    ];
  }
  opts;
  now;
  windowMs;
  renotifyMs;
  rules;
  containers = /* @__PURE__ */ new Map();
  // one sample at a time, whoever feeds them: two overlapping evaluations could send the same alert twice
  queue = Promise.resolve();
  observe(sample) {
    const run2 = this.queue.then(() => this.observeNow(sample));
    this.queue = run2.catch(() => void 0);
    return run2;
  }
  state() {
    return {
      app: this.opts.app,
      windowSec: this.windowMs / 1e3,
      renotifySec: this.renotifyMs / 1e3,
      rules: this.rules.map((r) => ({ rule: r.kind, threshold: r.threshold, unit: r.unit })),
      containers: [...this.containers.values()].map((c) => ({
        containerId: c.containerId,
        name: c.name,
        role: c.role,
        samples: c.samples.length,
        rules: c.rules
      }))
    };
  }
  async observeNow(sample) {
    const at = this.now();
    const c = this.containerOf(sample);
    c.samples.push(sample);
    c.samples = c.samples.filter((s) => s.at > at - this.windowMs);
    for (const rule of this.rules) await this.evaluate(c, rule, at);
    for (const [id, other] of this.containers) {
      const last = other.samples[other.samples.length - 1]?.at ?? 0;
      if (id !== sample.containerId && last < at - 2 * this.windowMs) this.containers.delete(id);
    }
  }
  containerOf(sample) {
    let c = this.containers.get(sample.containerId);
    if (!c) {
      c = { containerId: sample.containerId, name: sample.name, role: sample.role, samples: [], rules: { cpu: { status: "OK" }, memory: { status: "OK" } } };
      this.containers.set(sample.containerId, c);
    }
    c.name = sample.name;
    c.role = sample.role;
    return c;
  }
  async evaluate(c, rule, at) {
    const st = c.rules[rule.kind];
    const values = c.samples.map(rule.valueOf).filter((v) => Number.isFinite(v));
    if (!values.length) return;
    st.value = values.reduce((a, b) => a + b, 0) / values.length;
    const breached = st.value > rule.threshold;
    if (st.status === "OK" && breached) {
      st.status = "ALERT";
      st.since = at;
      st.lastNotifiedAt = void 0;
    }
    if (st.status === "ALERT" && !breached) {
      const delivered = st.lastNotifiedAt !== void 0;
      st.status = "OK";
      if (delivered) await this.send(this.notice(c, rule, st, "Recovered", at), st);
      st.since = void 0;
      st.lastNotifiedAt = void 0;
      return;
    }
    if (st.status !== "ALERT") return;
    if (st.lastNotifiedAt === void 0) {
      if (await this.send(this.notice(c, rule, st, "Triggered", at), st)) st.lastNotifiedAt = at;
    } else if (this.renotifyMs > 0 && at - st.lastNotifiedAt >= this.renotifyMs) {
      if (await this.send(this.notice(c, rule, st, "Re-Triggered", at), st)) st.lastNotifiedAt = at;
    }
  }
  notice(c, rule, st, transition, at) {
    const { app, monitors } = this.opts;
    return {
      app,
      monitor: monitorName(app, c.role, rule.kind),
      rule: rule.kind,
      transition,
      containerId: c.containerId,
      containerName: c.name,
      role: c.role,
      value: st.value ?? 0,
      threshold: rule.threshold,
      unit: rule.unit,
      windowSec: this.windowMs / 1e3,
      at,
      since: st.since ?? at,
      tags: [MANAGED_TAG, appTag(app), `role:${c.role}`, `slipway-monitor:${rule.kind}`, ...monitors.tags]
    };
  }
  /** True when delivered; a failure is kept on the rule's state and reported, never thrown. */
  async send(n, st) {
    try {
      await this.opts.notify.notify(n);
      st.lastError = void 0;
      return true;
    } catch (err) {
      st.lastError = err.message;
      this.opts.onNotifyError?.(err, n);
      return false;
    }
  }
};

// src/monitors/mail.ts
var fs8 = __toESM(require("node:fs"));
function parseSmtpAddress(value, field = "monitors.local.smtp") {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value.trim());
  const port = Number(m?.[2] ?? 25);
  if (!m || port < 1 || port > 65535) throw new UsageError(`${field}: expected host:port of an SMTP server, got ${JSON.stringify(value)}`, `for example "smtp.example.com:587" (STARTTLS) or "127.0.0.1:25" (the host's mail relay)`);
  return { host: m[1].replace(/^\[|\]$/g, ""), port };
}
function mailSettings(config, secrets) {
  const local = config.monitors.local;
  const server = parseSmtpAddress(local.smtp);
  const password = secrets.get("SLIPWAY_SMTP_PASSWORD");
  if (local.smtpUser && !password) {
    throw new UsageError("monitors.local.smtpUser is set but SLIPWAY_SMTP_PASSWORD is not", "set the SMTP password in the environment (Jenkins: the smtpPasswordId credential); slipway never reads it from slipway.json");
  }
  if (local.smtpTls === "none" && local.smtpUser && !isLoopbackHost(server.host)) {
    throw new UsageError(`monitors.local.smtpTls is "none" with monitors.local.smtpUser set: the password would cross the network to ${server.host} in clear`, 'set monitors.local.smtpTls to "starttls" (port 587) or "tls" (port 465)');
  }
  let ca;
  if (local.smtpCaFile) {
    try {
      ca = fs8.readFileSync(local.smtpCaFile, "utf8");
    } catch (err) {
      throw new UsageError(`monitors.local.smtpCaFile: cannot read ${local.smtpCaFile} (${err.code})`, "point it at a PEM file of the CA that signed the mail server's certificate, or remove it to trust the system's CAs");
    }
  }
  return { server, tls: local.smtpTls, ...local.smtpUser ? { user: local.smtpUser, password } : {}, ...ca ? { ca } : {}, timeoutMs: 15e3 };
}
function describeMail(s) {
  const tls3 = { starttls: "STARTTLS required", tls: "TLS", none: "no TLS" }[s.tls];
  return `SMTP ${s.server.host}:${s.server.port} (${tls3}${s.user ? `, AUTH as ${s.user}` : ""})`;
}
async function sendMail(s, message) {
  if (!message.to.length) throw new UsageError("monitors.emails is empty: nobody to send the alert to", "add the recipients to monitors.emails in slipway.json");
  const nodemailer2 = (await Promise.resolve().then(() => (init_nodemailer(), nodemailer_exports))).default;
  const transport = nodemailer2.createTransport({
    host: s.server.host,
    port: s.server.port,
    secure: s.tls === "tls",
    requireTLS: s.tls === "starttls",
    ignoreTLS: s.tls === "none",
    ...s.user ? { auth: { user: s.user, pass: s.password } } : {},
    tls: { minVersion: "TLSv1.2", ...s.ca ? { ca: s.ca } : {} },
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: s.timeoutMs,
    logger: false,
    debug: false,
    // the message is ours alone: nothing in it may make nodemailer read a file or fetch a URL
    disableFileAccess: true,
    disableUrlAccess: true
  });
  try {
    await transport.sendMail({ from: message.from, to: message.to, subject: message.subject, text: message.text, headers: { "Auto-Submitted": "auto-generated" } });
  } catch (err) {
    const e = err;
    const where = `${s.server.host}:${s.server.port}`;
    const hint = e.code === "EAUTH" ? "check monitors.local.smtpUser and SLIPWAY_SMTP_PASSWORD" : e.code === "ETLS" || /certificate|STARTTLS/i.test(e.message) ? "check monitors.local.smtpTls, and monitors.local.smtpCaFile when the server's certificate is not signed by a CA this host trusts" : `check that an SMTP server answers on ${where} (monitors.local.smtp)`;
    throw new StepFailed(`SMTP ${where}: ${e.message}`, hint);
  } finally {
    transport.close();
  }
}

// src/monitors/notifier.ts
function alertSubject(n) {
  return `[${n.transition} on {container_name:${n.containerName}}] ${n.monitor}`;
}
function alertText(n) {
  const shown = (v) => n.unit === "%" ? `${v.toFixed(1)} %` : `${(v / MIB).toFixed(1)} MB`;
  const window = `${n.windowSec} s`;
  const what = n.rule === "cpu" ? "CPU" : "Memory";
  const lines = n.transition === "Recovered" ? [`${what} of ${n.containerName} (${n.app} ${n.role}) is back under ${shown(n.threshold)}: ${shown(n.value)} on average over the last ${window}.`, `The alert lasted ${Math.round((n.at - n.since) / 1e3)} s.`] : [
    `${what} of ${n.containerName} (${n.app} ${n.role}) averaged ${shown(n.value)} over the last ${window}, above the threshold of ${shown(n.threshold)}.`,
    n.transition === "Re-Triggered" ? `Still unresolved since ${new Date(n.since).toISOString()}; this notice repeats until it is.` : "You will get this again while it stays unresolved, and a notice when it recovers."
  ];
  return [...lines, "", `Monitor: ${n.monitor}`, `Container: ${n.containerName} (${n.containerId.slice(0, 12)})`, `Time: ${new Date(n.at).toISOString()}`, `Tags: ${n.tags.join(", ")}`, "", "-- slipway local alerting (no Datadog keys are set on this host)"].join("\n");
}
function alertPayload(n) {
  return {
    source: "slipway-local",
    app: n.app,
    alert_id: `local:${n.app}:${n.role}:${n.rule}`,
    alert_transition: n.transition,
    alert_title: alertSubject(n),
    alert_scope: `container_name:${n.containerName},role:${n.role}`,
    tags: n.tags.join(","),
    date: String(n.at)
  };
}
function emailNotifier(settings, from, to) {
  return { notify: (n) => sendMail(settings, { from, to, subject: alertSubject(n), text: alertText(n) }) };
}
function webhookNotifier(url, headers = {}) {
  return {
    async notify(n) {
      const res = await send({ method: "POST", url, headers: { "Content-Type": "application/json", ...headers }, body: alertPayload(n), timeoutMs: 15e3 });
      if (res.status < 200 || res.status >= 300) throw new StepFailed(`alert webhook ${url} answered ${res.status}`, "check monitors.local.webhookUrl and what that server expects");
    }
  };
}
function allOf(notifiers) {
  return {
    async notify(n) {
      const results = await Promise.allSettled(notifiers.map((t) => t.notify(n)));
      const failed2 = results.filter((r) => r.status === "rejected");
      if (failed2.length) throw new StepFailed(failed2.map((f) => f.reason.message).join("; "));
    }
  };
}
function notifierFromConfig(config, secrets) {
  const { local, emails } = config.monitors;
  const notifiers = [];
  const targets = [];
  if (local.smtp) {
    if (!emails.length) throw new UsageError("monitors.emails is empty while monitors.local.smtp is set: nobody to e-mail", "add the recipients to monitors.emails");
    const settings = mailSettings(config, secrets);
    notifiers.push(emailNotifier(settings, local.from, emails));
    targets.push(`e-mail ${emails.join(", ")} via ${describeMail(settings)}`);
  }
  if (local.webhookUrl) {
    let url;
    try {
      url = new URL(local.webhookUrl);
    } catch {
      throw new UsageError(`monitors.local.webhookUrl: expected a URL, got ${JSON.stringify(local.webhookUrl)}`);
    }
    const toProxy = url.host === config.proxy.admin && url.pathname === "/alerts/datadog";
    const token = secrets.get("SLIPWAY_WEBHOOK_TOKEN") ?? secrets.get("SLIPWAY_ADMIN_TOKEN");
    notifiers.push(webhookNotifier(local.webhookUrl, toProxy && token ? { Authorization: `Bearer ${token}` } : {}));
    targets.push(`POST ${local.webhookUrl}${toProxy && token ? " (with a bearer token)" : ""}`);
  }
  if (!notifiers.length) {
    throw new UsageError(
      "local alerting has nowhere to send: monitors.local.smtp and monitors.local.webhookUrl are both empty",
      "set monitors.local.smtp (host:port of a mail relay) with monitors.emails, and/or monitors.local.webhookUrl \u2014 or set DD_API_KEY and DD_APP_KEY to alert through Datadog"
    );
  }
  return { notifier: allOf(notifiers), targets };
}

// src/autoscaler/local-alerts.ts
function wantsLocalAlerting(config, secrets) {
  return !secrets.get("DD_API_KEY") && Boolean(config.monitors.local.smtp || config.monitors.local.webhookUrl);
}
function attachLocalAlerting(autoscaler, config, secrets, log) {
  const { notifier, targets } = notifierFromConfig(config, secrets);
  const alerting = createLocalAlerting({
    app: config.app.name,
    monitors: config.monitors,
    notify: {
      async notify(n) {
        await notifier.notify(n);
        log.info(`local alerting: ${n.transition}: ${n.monitor} on ${n.containerName}`);
      }
    },
    onNotifyError: (err, n) => log.warn(`local alerting: could not send ${n.transition} for ${n.monitor} on ${n.containerName}: ${err.message}`)
  });
  const everyMs = config.monitors.local.intervalSec * 1e3;
  const lastFed = /* @__PURE__ */ new Map();
  let queue = Promise.resolve();
  const detach = autoscaler.onSample((sample) => {
    if (sample.at - (lastFed.get(sample.containerId) ?? -Infinity) < everyMs - 500) return;
    lastFed.set(sample.containerId, sample.at);
    queue = queue.then(() => alerting.observe(sample)).catch((err) => log.warn(`local alerting: ${err.message}`));
  });
  log.info(`local alerting: CPU > ${config.monitors.cpuPercent} %, memory > ${config.monitors.memoryMb} MB \u2192 ${targets.join("; ")}`);
  return { targets, detach };
}

// src/autoscaler/render.ts
function describePolicy(p) {
  const down = p.scaleDown.enabled ? `scale-down by ${p.stepMb} MB after ${p.scaleDown.afterSec} s below ${p.scaleDown.belowPercent} % (never below the starting limit)` : "scale-down off";
  const fast = p.watermarkPercent ? `fast path: growth toward ${p.watermarkPercent} % or beyond the step \u2192 raised at once to cover it` : "fast path off";
  return `every ${p.intervalSec} s: used > ${p.thresholdPercent} % of the limit \u2192 +${p.stepMb} MB, at most ${p.maxMb} MB; cooldown ${p.cooldownSec} s; ${fast}; OOM \u2192 max(+${p.stepMb} MB, \xD7${p.oomFactor}); ${down}; sampled every ${p.tickMs} ms`;
}

// src/autoscaler/run.ts
var POLICY_OPTIONS = [
  { name: "interval-sec", type: "number", describe: "Seconds between evaluations of a container (autoscaler.intervalSec, default 5)" },
  { name: "threshold-percent", type: "number", describe: "Raise when memory used is above this percent of the limit (default 50)" },
  { name: "step-mb", type: "number", describe: "MB added per raise (default 100)" },
  { name: "max-mb", type: "number", describe: "Never raise a limit above this (default 2048)" },
  { name: "cooldown-sec", type: "number", describe: "After a change, seconds before the next one (default 10)" },
  { name: "oom-factor", type: "number", describe: "On an OOM kill the limit becomes max(limit + step, limit \xD7 this) (default 1.2)" },
  { name: "watermark-percent", type: "number", describe: "Fast path: raise at once, covering the growth, when use will pass this percent of the limit (default 85, 0 = off)" },
  { name: "tick-ms", type: "number", describe: "Milliseconds between reads of each container's cgroup files (default 250)" },
  { name: "scale-down", type: "boolean", describe: "Lower limits after sustained low use, never below the starting limit (default off)" },
  { name: "metrics-listen", type: "string", describe: "HOST:PORT of /metrics and /status (default 127.0.0.1:9464)" }
];
function policyFromArgs(a) {
  return {
    "autoscaler.intervalSec": a.intervalSec,
    "autoscaler.thresholdPercent": a.thresholdPercent,
    "autoscaler.stepMb": a.stepMb,
    "autoscaler.maxMb": a.maxMb,
    "autoscaler.cooldownSec": a.cooldownSec,
    "autoscaler.oomFactor": a.oomFactor,
    "autoscaler.watermarkPercent": a.watermarkPercent,
    "autoscaler.tickMs": a.tickMs,
    "autoscaler.scaleDown.enabled": a.scaleDown,
    "autoscaler.metricsListen": a.metricsListen
  };
}
async function runAutoscaler(ctx, argv) {
  const { config } = ctx;
  const forSec = forSeconds(argv.for);
  const policy = config.autoscaler;
  const localAlerting = argv.localAlerting !== false && wantsLocalAlerting(config, ctx.secrets);
  const targets = checkSettings(ctx, localAlerting);
  const url = baseUrlOf(policy.metricsListen);
  const result = { url, localAlerting: targets };
  await ctx.executor.execute([
    {
      kind: "process",
      summary: `watch the containers labelled slipway.app=${config.app.name} (production, canary) \u2014 ${describePolicy(policy)}; /metrics and /status on ${url}${targets.length ? `; local alerting to ${targets.join("; ")}` : ""}${forSec ? `; for ${forSec} s` : "; until SIGTERM"}`,
      detail: { label: `slipway.app=${config.app.name}`, policy, metricsListen: policy.metricsListen, localAlerting: targets },
      run: async () => {
        const engine = engineApi(ctx.env);
        await requireDocker(engine);
        let autoscaler;
        const server = await startStatusServer(policy.metricsListen, {
          status: () => autoscaler.status(),
          metrics: () => autoscaler.metrics()
        });
        autoscaler = startMemoryAutoscaler({ engine, app: config.app.name, policy, log: ctx.log, executor: ctx.executor });
        const alerting = localAlerting ? attachLocalAlerting(autoscaler, config, ctx.secrets, ctx.log) : void 0;
        ctx.log.info(`autoscaler: ${describePolicy(policy)}; metrics and status on ${server.url}`);
        const stopReloading = onReload(() => applyReloadedPolicy(ctx, autoscaler, policy.metricsListen), (m) => ctx.log.warn(`autoscaler: ${m}`));
        try {
          result.stoppedBy = await untilStopSignal({ timeoutMs: forSec * 1e3, timeoutReason: `--for ${forSec} s ran out` });
        } finally {
          stopReloading();
          alerting?.detach();
          result.final = autoscaler.status();
          autoscaler.stop();
          await server.close();
        }
        ctx.log.info(`autoscaler: stopped (${result.stoppedBy})`);
      }
    }
  ]);
  return result;
}
function applyReloadedPolicy(ctx, autoscaler, listening) {
  const next = reloadConfig(ctx).autoscaler;
  checkPolicy(next);
  if (next.metricsListen !== listening) ctx.log.warn(`autoscaler: metricsListen ${next.metricsListen} takes effect when the autoscaler restarts; still on ${listening}`);
  autoscaler.setPolicy({ ...next, metricsListen: listening });
  ctx.log.info(`autoscaler: config reloaded \u2014 ${describePolicy(next)}`);
}
function checkSettings(ctx, localAlerting) {
  checkPolicy(ctx.config.autoscaler);
  return localAlerting ? notifierFromConfig(ctx.config, ctx.secrets).targets : [];
}
function checkPolicy(policy) {
  if (policy.scaleDown.enabled && policy.scaleDown.belowPercent >= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.scaleDown.belowPercent: ${policy.scaleDown.belowPercent} is not below autoscaler.thresholdPercent ${policy.thresholdPercent}`, "the two would raise and lower the same limit in turn; keep belowPercent well under thresholdPercent");
  }
  if (policy.watermarkPercent && policy.watermarkPercent <= policy.thresholdPercent) {
    throw new UsageError(`autoscaler.watermarkPercent: ${policy.watermarkPercent} is not above autoscaler.thresholdPercent ${policy.thresholdPercent}`, "the fast path is for use past the step rule's threshold: set it between thresholdPercent and 100, or 0 to turn it off");
  }
}
var run = {
  command: "run",
  describe: "Run the autoscaler in the foreground until SIGTERM/SIGINT (or --for seconds)",
  options: [
    ...POLICY_OPTIONS,
    { name: "for", type: "number", describe: "Stop after this many seconds (default: run until SIGTERM/SIGINT)" },
    { name: "local-alerting", type: "boolean", describe: "Feed local alerting (CPU/memory e-mails) from the same stats when DD_API_KEY is unset and monitors.local has smtp or webhookUrl (default on)" }
  ],
  // DD_API_KEY set: the alerts live in Datadog; the admin token lets local-alert webhooks reach the proxy, the SMTP password its e-mails
  secrets: ["DD_API_KEY", "SLIPWAY_WEBHOOK_TOKEN", "SLIPWAY_ADMIN_TOKEN", "SLIPWAY_SMTP_PASSWORD"],
  changesState: true,
  foreground: true,
  configFromArgs: policyFromArgs,
  run: runAutoscaler,
  render: (r) => r.stoppedBy ? `autoscaler stopped (${r.stoppedBy})` : `would run the autoscaler, with /status on ${r.url}`
};

// src/autoscaler/main.ts
var COMMAND = ["autoscaler", "run"];
var OPTIONS = [...GLOBAL_OPTIONS, ...run.options ?? []];
var USAGE = `usage: autoscaler.cjs autoscaler run [options]  (the autoscaler's own bundle; \`slipway --help\` for the rest)
${OPTIONS.map((o) => `  --${o.name}  ${o.describe}`).join("\n")}`;
function parseRunArgs(argv) {
  const args = { _: [] };
  for (const o of OPTIONS) if (o.default !== void 0) args[camelCase(o.name)] = o.default;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--help" || token === "-h") return "help";
    if (!token.startsWith("--")) {
      args._.push(token);
      continue;
    }
    const [name2, inline] = token.slice(2).split(/=(.*)/s, 2);
    const negated = name2.startsWith("no-") && OPTIONS.some((o) => o.name === name2.slice(3) && o.type === "boolean");
    const spec = OPTIONS.find((o) => o.name === (negated ? name2.slice(3) : name2));
    if (!spec) throw new UsageError(`unknown option --${name2} for autoscaler run`, "see `slipway autoscaler run --help`");
    args[camelCase(spec.name)] = negated ? false : valueOf(spec, inline ?? (spec.type === "boolean" ? void 0 : argv[++i]));
  }
  if (args._.join(" ") !== COMMAND.join(" ")) throw new UsageError(`this bundle runs \`autoscaler run\` only, got \`${args._.join(" ")}\``, "run the other commands with slipway (resources/slipway/slipway.cjs)");
  return args;
}
function valueOf(spec, text) {
  if (spec.type === "boolean") {
    if (text === void 0 || text === "true") return true;
    if (text === "false") return false;
    throw new UsageError(`--${spec.name}: expected true or false, got ${JSON.stringify(text)}`);
  }
  if (text === void 0) throw new UsageError(`--${spec.name}: expected a value`);
  if (spec.type !== "number") return text;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${spec.name}: expected a number, got ${JSON.stringify(text)}`);
  return n;
}
function leanContext(args, env) {
  const loaded = loadConfig({ appDir: args.app, configFile: args.config, env, flags: run.configFromArgs?.(args) });
  const secrets = secretsFromEnv(env);
  const log = createLogger(secrets);
  const dryRun = Boolean(args.dryRun);
  return {
    config: loaded.config,
    appDir: loaded.appDir,
    configFile: loaded.file,
    dryRun,
    json: Boolean(args.json),
    log,
    secrets,
    executor: createExecutor({ dryRun, log, secrets, json: Boolean(args.json), performer: performerOf() }),
    docker: () => {
      throw new Error("the autoscaler talks to dockerd through core/engine-api.ts, not dockerode");
    },
    env,
    flags: run.configFromArgs?.(args)
  };
}
async function main(argv, env = process.env) {
  try {
    const args = parseRunArgs(argv);
    if (args === "help") {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    const ctx = leanContext(args, env);
    checkTokens(ctx.secrets, run.secrets ?? []);
    const result = await run.run(ctx, args);
    const outcome = { command: COMMAND.join(" "), dryRun: ctx.dryRun, result, ...ctx.dryRun ? { actions: ctx.executor.printed() } : {} };
    if (ctx.json) process.stdout.write(JSON.stringify(ctx.secrets.maskDeep(outcome), null, 2) + "\n");
    else if (run.render && result !== void 0) process.stdout.write(ctx.secrets.mask(run.render(result)) + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(secretsFromEnv(env).mask(`slipway: ${describeError(e)}`) + "\n");
    return exitCodeOf(e);
  }
}
if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main,
  parseRunArgs
});
