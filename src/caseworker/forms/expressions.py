"""The XLSForm-like expression language of forms: parsed once into a tree, evaluated safely.

    ${age} < 14 and ${school} = 'no'
    selected(${needs}, 'food') or count-selected(${needs}) > 2
    if(${risk} = 'high', 1, 0) + sum(${members_income})

Never Python eval: a small tokenizer, a precedence-climbing parser with a depth limit and
an evaluator over the tree. An empty answer is None; arithmetic on it gives None, and a
comparison with it is false (except equality with '' or another empty answer).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 64
MAX_LENGTH = 2000
# Operators in one expression: keeps the tree shallow enough to evaluate without deep
# recursion (a chain "1+1+1..." nests one level per operator). Real forms use a few dozen.
MAX_OPERATORS = 200


class ExpressionError(Exception):
    """A malformed expression: `problem` is a stable key, `position` the character (0-based)."""

    def __init__(self, problem: str, position: int) -> None:
        super().__init__(f"{problem} at {position}")
        self.problem = problem
        self.position = position


# -- the tree -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Node:
    position: int


@dataclass(frozen=True)
class Literal(Node):
    value: Any


@dataclass(frozen=True)
class Ref(Node):
    name: str


@dataclass(frozen=True)
class Current(Node):
    pass


@dataclass(frozen=True)
class Unary(Node):
    op: str
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass(frozen=True)
class Call(Node):
    name: str
    args: tuple[Node, ...]


# -- tokens ---------------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<ref>\$\{[a-z][a-z0-9_]{0,63}\})
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<name>[A-Za-z][A-Za-z0-9_-]*)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)
_WORD_OPS = {"and", "or", "div", "mod"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_LENGTH:
        raise ExpressionError("too_long", MAX_LENGTH)
    tokens, i = [], 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if not m:
            raise ExpressionError("unexpected_character", i)
        kind = m.lastgroup
        if kind != "space":
            word = m.group()
            if kind == "name" and word in _WORD_OPS:
                kind = "op"
            tokens.append(Token(kind, word, i))
        i = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


# -- the parser -----------------------------------------------------------------------------------
# Binary operators, loosest first.
_LEVELS: tuple[tuple[str, ...], ...] = (
    ("or",),
    ("and",),
    ("=", "!=", "<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "div", "mod"),
)
# Functions and how many arguments each takes (min, max).
FUNCTIONS: dict[str, tuple[int, int]] = {
    "selected": (2, 2),
    "count-selected": (1, 1),
    "if": (3, 3),
    "today": (0, 0),
    "sum": (1, 1),
    "count": (1, 1),
    "coalesce": (2, 2),
    "string-length": (1, 1),
    "not": (1, 1),
    "int": (1, 1),
    "number": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
}


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0
        self.operators = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, text: str) -> Token:
        token = self.take()
        if token.text != text or token.kind not in ("op",):
            raise ExpressionError(f"expected {text!r}" if text != ")" else "unclosed_parenthesis", token.position)
        return token

    def parse(self) -> Node:
        node = self.level(0)
        end = self.peek()
        if end.kind != "end":
            raise ExpressionError("unexpected_token", end.position)
        return node

    def level(self, n: int) -> Node:
        if n == len(_LEVELS):
            return self.unary()
        node = self.level(n + 1)
        while self.peek().kind == "op" and self.peek().text in _LEVELS[n]:
            op = self.take()
            self.operators += 1
            if self.operators > MAX_OPERATORS:
                raise ExpressionError("too_complex", op.position)
            node = Binary(op.position, op.text, node, self.level(n + 1))
        return node

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == "op" and token.text == "-":
            self.take()
            return Unary(token.position, "-", self.nested(self.unary))
        return self.primary()

    def nested(self, fn: Callable[[], Node]) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("too_deeply_nested", self.peek().position)
        try:
            return fn()
        finally:
            self.depth -= 1

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Literal(token.position, float(token.text) if "." in token.text else int(token.text))
        if token.kind == "string":
            return Literal(token.position, token.text[1:-1])
        if token.kind == "ref":
            return Ref(token.position, token.text[2:-1])
        if token.kind == "dot":
            return Current(token.position)
        if token.kind == "op" and token.text == "(":
            node = self.nested(lambda: self.level(0))
            self.expect(")")
            return node
        if token.kind == "name":
            if token.text not in FUNCTIONS:
                raise ExpressionError("unknown_function", token.position)
            opening = self.take()
            if opening.text != "(":
                raise ExpressionError("expected '('", opening.position)
            args: list[Node] = []
            if self.peek().text != ")":
                args.append(self.nested(lambda: self.level(0)))
                while self.peek().text == ",":
                    self.take()
                    args.append(self.nested(lambda: self.level(0)))
            self.expect(")")
            low, high = FUNCTIONS[token.text]
            if not low <= len(args) <= high:
                raise ExpressionError("wrong_number_of_arguments", token.position)
            return Call(token.position, token.text, tuple(args))
        if token.kind == "end":
            raise ExpressionError("unexpected_end", token.position)
        raise ExpressionError("unexpected_token", token.position)


def parse(text: str) -> Node:
    return _Parser(tokenize(text)).parse()


def references(node: Node) -> list[Ref]:
    """Every ${field} the expression names, in order."""
    found: list[Ref] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Ref):
            found.append(n)
        elif isinstance(n, Unary):
            stack.append(n.operand)
        elif isinstance(n, Binary):
            stack += [n.right, n.left]
        elif isinstance(n, Call):
            stack += reversed(n.args)
    return sorted(found, key=lambda r: r.position)


# -- evaluation -----------------------------------------------------------------------------------
Lookup = Callable[[str], Any]


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


def number(v: Any) -> float | int | None:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int | float):
        return v if not (isinstance(v, float) and (math.isnan(v) or math.isinf(v))) else None
    if isinstance(v, str):
        try:
            return float(v) if "." in v else int(v)
        except ValueError:
            return None
    return None


def truthy(v: Any) -> bool:
    if _empty(v):
        return False
    if isinstance(v, int | float) and not isinstance(v, bool):
        return v != 0
    return v not in (False, "false")


def _compare(op: str, a: Any, b: Any) -> bool:
    if op in ("=", "!="):
        if _empty(a) or _empty(b):
            same = _empty(a) and _empty(b)
        else:
            x, y = number(a), number(b)
            same = x == y if x is not None and y is not None else str(a) == str(b)
        return same if op == "=" else not same
    if _empty(a) or _empty(b):
        return False
    x, y = number(a), number(b)
    if x is None or y is None:
        x, y = str(a), str(b)  # dates 'YYYY-MM-DD' compare as text
    return {"<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


def _arith(op: str, a: Any, b: Any) -> Any:
    x, y = number(a), number(b)
    if x is None or y is None:
        return None
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if y == 0:
        return None
    return x / y if op == "div" else math.fmod(x, y)


@dataclass
class Env:
    """What an expression sees: a lookup of ${name}, the current value, and today's date."""

    lookup: Lookup
    current: Any = None
    today: dt.date | None = None


def evaluate(node: Node, env: Env) -> Any:
    if isinstance(node, Literal):
        return node.value
    if isinstance(node, Ref):
        return env.lookup(node.name)
    if isinstance(node, Current):
        return env.current
    if isinstance(node, Unary):
        value = number(evaluate(node.operand, env))
        return None if value is None else -value
    if isinstance(node, Binary):
        if node.op == "and":
            return truthy(evaluate(node.left, env)) and truthy(evaluate(node.right, env))
        if node.op == "or":
            return truthy(evaluate(node.left, env)) or truthy(evaluate(node.right, env))
        a, b = evaluate(node.left, env), evaluate(node.right, env)
        if node.op in ("=", "!=", "<", "<=", ">", ">="):
            return _compare(node.op, a, b)
        return _arith(node.op, a, b)
    if isinstance(node, Call):
        return _call(node, env)
    raise TypeError(type(node).__name__)


def _as_list(v: Any) -> list:
    if _empty(v):
        return []
    return v if isinstance(v, list) else str(v).split()


def _call(node: Call, env: Env) -> Any:
    name, args = node.name, node.args
    if name == "if":
        return evaluate(args[1], env) if truthy(evaluate(args[0], env)) else evaluate(args[2], env)
    if name == "today":
        return (env.today or dt.date.today()).isoformat()
    if name in ("true", "false"):
        return name == "true"
    values = [evaluate(a, env) for a in args]
    if name == "selected":
        return str(values[1]) in [str(x) for x in _as_list(values[0])]
    if name == "count-selected":
        return len(_as_list(values[0]))
    if name == "sum":
        numbers = [number(x) for x in (values[0] if isinstance(values[0], list) else [values[0]])]
        return sum(n for n in numbers if n is not None)
    if name == "count":
        return len(values[0]) if isinstance(values[0], list) else (0 if _empty(values[0]) else 1)
    if name == "coalesce":
        return values[1] if _empty(values[0]) else values[0]
    if name == "string-length":
        return 0 if _empty(values[0]) else len(str(values[0]))
    if name == "not":
        return not truthy(values[0])
    as_number = number(values[0])
    if name == "int":
        return None if as_number is None else int(as_number)
    return as_number  # number()


def evaluate_text(text: str, lookup: Lookup | Mapping[str, Any], current: Any = None) -> Any:
    """Parses and evaluates in one go (tests and one-off checks)."""
    get = lookup.get if isinstance(lookup, Mapping) else lookup
    return evaluate(parse(text), Env(get, current))
