import type { Expression, Target, TemplateNode } from './ast.js';
import { parseExpression, parseIterable, parseTuple } from './parseExpression.js';
import { TokenStream } from './tokenStream.js';
import { tokenize } from './tokenize.js';

/** The body of a block up to one of `endTags`; the stream is left just after the end tag's name. */
interface Body {
  readonly nodes: TemplateNode[];
  readonly endTag: string;
}

/** End of an opening tag; Jinja2 allows a Python-style colon before it (`{% for g in news: %}`). */
function endOfTag(stream: TokenStream): void {
  stream.skipIf('operator', ':');
  stream.expect('block_end');
}

function parseTarget(stream: TokenStream): Target {
  const parenthesized = stream.skipIf('operator', '(');
  const names = [stream.expect('name').value];
  while (stream.skipIf('operator', ',')) {
    if (!stream.test('name')) break;
    names.push(stream.next().value);
  }
  if (parenthesized) stream.expect('operator', ')');
  return names;
}

class TemplateParser {
  constructor(private readonly stream: TokenStream) {}

  parseBody(endTags: readonly string[]): Body {
    const stream = this.stream;
    return stream.nested(() => {
      const nodes: TemplateNode[] = [];
      for (;;) {
        const token = stream.next();
        if (token.type === 'eof') {
          if (endTags.length === 0) return { nodes, endTag: '' };
          return stream.fail(`unexpected end of template, expected ${endTags.map((tag) => `'${tag}'`).join(' or ')}`);
        }
        if (token.type === 'data') nodes.push({ kind: 'text', text: token.value, line: token.line });
        else if (token.type === 'variable_begin') {
          nodes.push({ kind: 'output', value: parseTuple(stream), line: token.line });
          stream.expect('variable_end');
        } else if (token.type === 'block_begin') {
          const tag = stream.expect('name');
          if (endTags.includes(tag.value)) return { nodes, endTag: tag.value };
          nodes.push(this.parseStatement(tag.value, tag.line));
        } else stream.unexpected();
      }
    });
  }

  private parseStatement(tag: string, line: number): TemplateNode {
    if (tag === 'if') return this.parseIf(line);
    if (tag === 'for') return this.parseFor(line);
    if (tag === 'set') return this.parseSet(line);
    return this.stream.fail(`encountered unknown tag '${tag}'`);
  }

  private parseIf(line: number): TemplateNode {
    const branches: { test: Expression; body: TemplateNode[] }[] = [];
    let test = parseTuple(this.stream);
    for (;;) {
      endOfTag(this.stream);
      const body = this.parseBody(['elif', 'else', 'endif']);
      branches.push({ test, body: body.nodes });
      if (body.endTag === 'elif') {
        test = parseTuple(this.stream);
        continue;
      }
      if (body.endTag === 'endif') {
        this.stream.expect('block_end');
        return { kind: 'if', branches, otherwise: [], line };
      }
      endOfTag(this.stream);
      const otherwise = this.parseBody(['endif']);
      this.stream.expect('block_end');
      return { kind: 'if', branches, otherwise: otherwise.nodes, line };
    }
  }

  private parseFor(line: number): TemplateNode {
    const stream = this.stream;
    const target = parseTarget(stream);
    stream.expect('name', 'in');
    const iterable = parseIterable(stream);
    const condition = stream.skipIf('name', 'if') ? parseExpression(stream) : undefined;
    endOfTag(stream);
    const body = this.parseBody(['endfor', 'else']);
    let otherwise: TemplateNode[] = [];
    if (body.endTag === 'else') {
      endOfTag(stream);
      otherwise = this.parseBody(['endfor']).nodes;
    }
    stream.expect('block_end');
    return { kind: 'for', target, iterable, body: body.nodes, otherwise, line, ...(condition && { condition }) };
  }

  private parseSet(line: number): TemplateNode {
    const stream = this.stream;
    const target = parseTarget(stream);
    if (stream.skipIf('operator', '=')) {
      const value = parseTuple(stream);
      stream.expect('block_end');
      return { kind: 'set', target, value, line };
    }
    const name = target[0];
    if (target.length !== 1 || name === undefined) return stream.fail('a block set assigns one name');
    endOfTag(stream);
    const body = this.parseBody(['endset']);
    stream.expect('block_end');
    return { kind: 'set_block', name, body: body.nodes, line };
  }
}

/** Parses a Jinja2 template; throws a `JinjaError` naming the line of the first syntax error. */
export function parseTemplate(source: string, maxDepth: number): readonly TemplateNode[] {
  const parser = new TemplateParser(new TokenStream(tokenize(source), maxDepth));
  return parser.parseBody([]).nodes;
}
