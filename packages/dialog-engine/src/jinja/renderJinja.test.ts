import { describe, expect, it } from 'vitest';
import { JinjaError } from './jinjaError.js';
import { checkJinja, renderJinja } from './renderJinja.js';

// Every expected output below is what Jinja2 3.1 (default Environment, as Kalliope uses it) renders for the same
// template and data.
describe('renderJinja renders like Jinja2', () => {
  const cases: readonly (readonly [string, Record<string, unknown>, string])[] = [
    ["hello {{ name }}", {"name": "amy"}, "hello amy"],
    ["{{ missing }}|{{ missing|default('none') }}|{{ d.x|default('dx') }}", {"d": {}}, "|none|dx"],
    ["{{ '' | default('empty', true) }}{{ 0 | d('zero', boolean=true) }}", {}, "emptyzero"],
    ["{% if hours > 12 %}pm{% elif hours == 12 %}noon{% else %}am{% endif %}", {"hours": 12}, "noon"],
    ["{% for g in news: %}{{ loop.index }}:{{ g }}{% if not loop.last %}, {% endif %}{% endfor %}", {"news": ["a", "b", "c"]}, "1:a, 2:b, 3:c"],
    ["{% for x in items %}{{ x }}{% else %}none{% endfor %}", {"items": []}, "none"],
    ["{% set d = {'a': 1, 'b': [1, 2,], } %}{{ d['a'] }}{{ d.b }}{{ d.b|length }}", {}, "1[1, 2]2"],
    ["{{ text[:4] }}|{{ text[1:-1] }}|{{ text[::-1] }}|{{ items[-1] }}|{{ items[1:] }}", {"text": "abcdefgh", "items": [1, 2, 3]}, "abcd|bcdefg|hgfedcba|3|[2, 3]"],
    ["{{ 7 / 2 }} {{ 4 / 2 }} {{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 2 ** 10 }} {{ 1.5 + 1 }} {{ 2 * 3 }}", {}, "3.5 2.0 3 -4 1 2 1024 2.5 6"],
    ["{{ 3.7 | round }} {{ 3 | round }} {{ 2.5|round }} {{ 3.14159|round(2) }} {{ 2.675|round(2) }} {{ 3.2|round(method='ceil') }} {{ 3.8|round(0, 'floor') }} {{ 42.55|round(1) }}", {}, "4.0 3 2.0 3.14 2.67 4.0 3.0 42.5"],
    ["{{ 'Hello World'|lower }} {{ 'hello'|upper }} {{ 'hELLO wORLD'|capitalize }} {{ 'hello big-world (yes)'|title }}", {}, "hello world HELLO Hello world Hello Big-World (Yes)"],
    ["{{ items|join(', ') }} {{ items|join }} {{ users|join(', ', attribute='name') }}", {"items": [1, "a", 2.5], "users": [{"name": "x"}, {"name": "y"}]}, "1, a, 2.5 1a2.5 x, y"],
    ["{{ '42'|int + 1 }} {{ '4.7'|int }} {{ 'abc'|int }} {{ 'abc'|int(5) }} {{ 4.9|int }} {{ '3.5'|float }} {{ 'x'|float }} {{ 3|float }} {{ true|int }}", {}, "43 4 0 5 4 3.5 0.0 3.0 1"],
    ["{{ 12|string ~ 'a' }} {{ none|string }} {{ [1, 'a']|string }} {{ {'k': 'v'} }} {{ true }} {{ none }}", {}, "12a None [1, 'a'] {'k': 'v'} True None"],
    ["{{ 'a-b-c'|replace('-', '+') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ '  hi  '|trim }}| {{ 'xxhixx'|trim('x') }}", {}, "a+b+c bba hi| hi"],
    ["{{ items|first }} {{ items|last }} {{ 'abc'|first }} {{ []|first }}.", {"items": [4, 5, 6]}, "4 6 a ."],
    ["{{ 'foo bar baz qux'|truncate(9) }}|{{ 'foo bar baz qux'|truncate(9, true) }}|{{ 'foo bar baz qux'|truncate(11, false, '..', 0) }}|{{ 'short'|truncate(10) }}", {}, "foo...|foo ba...|foo bar..|short"],
    ["{{ x is defined }} {{ y is defined }} {{ y is undefined }} {{ none is none }} {{ 3 is number }} {{ 'a' is number }} {{ 'a' is string }} {{ 4 is even }} {{ 3 is odd }} {{ 9 is divisibleby 3 }} {{ 3.0 is float }} {{ 3 is integer }} {{ {} is mapping }} {{ [] is sequence }} {{ x is not none }}", {"x": 1}, "True False True True True False True True True True True True True True True"],
    ["{{ 'a' in 'abc' }} {{ 2 in [1, 2] }} {{ 'k' in {'k': 1} }} {{ 3 not in [1] }} {{ not true }} {{ true and 'x' }} {{ false or 'y' }} {{ 1 < 2 < 3 }} {{ 1 == 1.0 }}", {}, "True True True True False x y True True"],
    ["{{ 'a' ~ 1 ~ none ~ missing }} {{ 'a' + 'b' }} {{ [1] + [2] }} {{ 'ab' * 3 }}", {}, "a1None ab [1, 2] ababab"],
    ["{%- if true -%}\n  yes  \n{%- endif -%}\n  after", {}, "yesafter"],
    ["a {# comment #} b {#- trimmed -#} c", {}, "a  bc"],
    ["{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}{% for k in d %}{{ k }}{% endfor %}", {"d": {"a": 1, "b": 2}}, "a=1;b=2;ab"],
    ["{% for x in items if x > 1 %}{{ loop.index }}/{{ loop.length }}={{ x }} {% endfor %}", {"items": [1, 2, 3]}, "1/2=2 2/2=3 "],
    ["{% set x = 1 %}{% for i in [1, 2] %}{% set x = x + i %}{{ x }}{% endfor %}{{ x }}", {}, "231"],
    ["{% set greeting %}Hi {{ who }}{% endset %}{{ greeting|upper }}", {"who": "bob"}, "HI BOB"],
    ["{{ 'yes' if flag else 'no' }} {{ 'x' if false }}.", {"flag": true}, "yes ."],
    ["{{ range(3)|list }} {{ range(1, 10, 3)|list }} {% for i in range(2) %}{{ i }}{% endfor %}", {}, "[0, 1, 2] [1, 4, 7] 01"],
    ["{{ loop_items|sort|join }} {{ ['b', 'A', 'c']|sort|join }} {{ [3, 1, 2]|sort(reverse=true)|join }} {{ [1, 2, 3]|sum }} {{ [1, 5, 2]|max }} {{ [4, 2]|min }}", {"loop_items": [3, 1, 2]}, "123 Abc 321 6 5 2"],
    ["{{ users|map(attribute='name')|join(',') }} {{ ['a', 'b']|map('upper')|join }} {{ [1, 0, 2]|select|list }} {{ [1, 2, 3, 4]|select('even')|list }} {{ [1, 2, 3]|reject('odd')|list }}", {"users": [{"name": "x"}, {"name": "y"}]}, "x,y AB [1, 2] [2, 4] [2]"],
    ["{{ '%s is %d years' % ('bob', 42) }} {{ '%.2f'|format(3.14159) }} {{ '%05d'|format(42) }} {{ '%s-%s'|format('a', 'b') }}", {}, "bob is 42 years 3.14 00042 a-b"],
    ["{{ kalliope_memory['name'] }} {{ kalliope_memory.name }} {{ kalliope_memory['nothing'] }}.", {"kalliope_memory": {"name": "nicolas"}}, "nicolas nicolas ."],
    ["{{ -3|abs }} {{ (-3)|abs }} {{ 10 - 2 - 3 }} {{ 2 ** 3 ** 2 }} {{ 1 + 2 * 3 }} {{ (1 + 2) * 3 }}", {}, "3 3 5 64 7 9"],
    ["{{ 'hello world'.upper() }} {{ ' x '.strip() }} {{ 'a,b'.split(',') }} {{ 'a b  c'.split() }} {{ 'abc'.startswith('a') }} {{ 'abc'.replace('b', 'x') }}", {}, "HELLO WORLD x ['a', 'b'] ['a', 'b', 'c'] True axc"],
    ["{{ d.get('a') }} {{ d.get('z', 'dflt') }} {{ d.keys()|list }} {{ d.values()|list }} {{ d|length }} {{ d.a }}", {"d": {"a": 1}}, "1 dflt ['a'] [1] 1 1"],
    ["{% for a in [1, 2] %}{% for b in ['x', 'y'] %}{{ loop.index }}{{ a }}{{ b }}{% if loop.first %}F{% endif %} {% endfor %}{% endfor %}", {}, "11xF 21y 12xF 22y "],
    ["{{ loop_cycle }}{% for i in range(4) %}{{ loop.cycle('odd', 'even') }} {% endfor %}", {}, "odd even odd even "],
    ["{% raw %}{{ not rendered }}{% endraw %}", {}, "{{ not rendered }}"],
    ["{{ 1e3 }} {{ 0.1 + 0.2 }} {{ 10 / 3 }} {{ 1_000 }} {{ 1.0 }} {{ -0.5 }} {{ 3.0 * 2 }}", {}, "1000.0 0.30000000000000004 3.3333333333333335 1000 1.0 -0.5 6.0"],
    ["line1\nline2\n", {}, "line1\nline2"],
    ["{{ \"double\" }} {{ 'it\\'s' }} {{ 'a' 'b' }}", {}, "double it's ab"],
    ["{{ temp|round|int }} degrees, {{ (temp * 9 / 5 + 32)|round(1) }} F", {"temp": 21.6}, "22 degrees, 70.9 F"],
    ["{{ x.y }}", {"x": {"y": {"z": 1}}}, "{'z': 1}"],
    ["{{ [1, 2, 3][1] }} {{ {'a': 'b'}['a'] }} {{ (1, 2)[0] }} {{ items.0 }}", {"items": ["first"]}, "2 b 1 first"],
    ["{{ 'abc'|reverse }} {{ [1, 2]|reverse|list }} {{ [1, 1, 2]|unique|list }} {{ 'one two three'|wordcount }}", {}, "cba [2, 1] [1, 2] 3"],
    ["{% set a, b = 1, 2 %}{{ a }}{{ b }}{% set c = 5 %}{{ c }}", {}, "125"],
    ["{% if items %}{{ items|length }} items{% endif %}{% if not empty %}none{% endif %}", {"items": [1], "empty": []}, "1 itemsnone"],
    ["{{ 'x' if 'A' is upper }} {{ 'x' is lower }} {{ 3 is gt 2 }} {{ 3 is eq 3 }} {{ 'a' is in 'abc' }} {{ none is sameas none }}", {}, "x True True True True True"],
    ["{{ 5|center(9) }}|{{ 'ab'|center(7) }}|", {}, "    5    |   ab  |"],
    ["{{ none.x }}|{{ 'abc'.nope }}|{{ items[5] }}|{{ d.z }}|{{ d['z'] }}", {"items": [1], "d": {}}, "||||"],
    ["{% for a, b in [[1, 2], [3, 4]] %}{{ a + b }} {% endfor %}", {}, "3 7 "],
    ["  {%- for i in [1,2] %}\n  {{ i }}\n  {%- endfor %}\nend", {}, "\n  1\n  2\nend"],
    ["{% for i in [1,2] -%}\n  {{ i }}\n{% endfor -%}\n  end\n", {}, "1\n2\nend"],
    ["{{- '  x  ' -}}   |   {{ 'y' }}", {}, "  x  |   y"],
    ["Today in {{ location }}: {{ weather_today }} with {{ temp_today_temp }}{{ temp_unit }}.{% if temp_tomorrow_temp is defined %} Tomorrow {{ temp_tomorrow_temp|round|int }}{% endif %}", {"location": "Grenoble", "weather_today": "sunny", "temp_today_temp": 12.4, "temp_unit": "C", "temp_tomorrow_temp": 14.6}, "Today in Grenoble: sunny with 12.4C. Tomorrow 15"],
    ["{% set n = news[:4] %}{% for g in n: %}{{ g.title }}{{ '. ' if not loop.last }}{% endfor %}", {"news": [{"title": "a"}, {"title": "b"}, {"title": "c"}, {"title": "d"}, {"title": "e"}]}, "a. b. c. d"],
    ["{% set msgs = {\n  'ok': 'All good',\n  'ko': 'Failure',\n} %}{{ msgs[status] }}", {"status": "ko"}, "Failure"],
    ["{% if returncode == 0 %}done{% else %}error {{ returncode }}: {{ output|trim }}{% endif %}", {"returncode": 1, "output": " boom \n"}, "error 1: boom"],
    ["{{ hours }} heures {{ minutes }}", {"hours": "09", "minutes": "05"}, "09 heures 05"],
    ["{{ kalliope_memory['mood'] | default('nothing') }} {% if kalliope_memory['mood'] %}x{% endif %}", {"kalliope_memory": {}}, "nothing "],
    ["{{ a.b.c }}", {"a": {"b": {}}}, ""],
    ["{{ [1,2,3]|join(' and ') }} {{ 'abc'|list }} {{ 'x,y'.split(',')|length }}", {}, "1 and 2 and 3 ['a', 'b', 'c'] 2"],
    ["{{ 'Ünïcödé'|upper }} {{ 'été'|capitalize }} {{ 'é'|length }}", {}, "ÜNÏCÖDÉ Été 1"],
    ["{{ 0.1 * 3 }} {{ 1e-7 }} {{ 2 ** -1 }} {{ 100000000000000000.0 }} {{ 5 // 2.0 }} {{ 5 % 2.5 }} {{ -2 ** 2 }}", {}, "0.30000000000000004 1e-07 0.5 1e+17 2.0 0.0 4"],
    ["{{ 10|round(-1) }} {{ 15.5|round(-1) }} {{ 1234.5678|round(2) }} {{ 0.5|round }} {{ 1.5|round }} {{ -2.5|round }}", {}, "10 20.0 1234.57 0.0 2.0 -2.0"],
    ["{{ 'abc' == 'abc' }} {{ [1] == [1] }} {{ {'a': 1} == {'a': 1} }} {{ none == none }} {{ missing == missing2 }} {{ 1 != 2 }}", {}, "True True True True True True"],
    ["{{ ' a  b '|wordcount }} {{ 'hello'|truncate(3) }}", {}, "2 hello"],
    ["{% set x %}  spaced  {% endset %}[{{ x }}]", {}, "[  spaced  ]"],
    ["{% for x in 'ab' %}{{ x }}{{ loop.revindex }}{{ loop.previtem|default('-') }}{{ loop.nextitem|default('-') }}{% endfor %}", {}, "a2-bb1a-"],
    ["{{ x | int(default=7) }} {{ '0x1A'|int(0, 16) }} {{ '12'|int(base=8) }}", {"x": "nope"}, "7 26 10"],
    ["{{ 1 if true else 2 if false else 3 }} {{ 'a' ~ ('b' if false else 'c') }}", {}, "1 ac"],
    ["{{ items[0:2] }} {{ items[:-1] }} {{ items[5:] }} {{ items[::2] }} {{ 'hello'[1:3] }} {{ 'hello'[-3:] }}", {"items": [1, 2, 3, 4]}, "[1, 2] [1, 2, 3] [] [1, 3] el llo"],
    ["{{ user['name'] }}{% if user.age >= 18 %} (adult){% endif %}", {"user": {"name": "Ann", "age": 30}}, "Ann (adult)"],
    ["{{ [1, 2] * 2 }} {{ 3 * 'ab' }} {{ -x }} {{ +x }}", {"x": 2.5}, "[1, 2, 1, 2] ababab -2.5 2.5"],
    ["{%+ if true %}x{% endif %} {#- c #}y", {}, "xy"],
  ];

  it.each(cases)('%s', (template, data, expected) => {
    expect(renderJinja(template, data)).toBe(expected);
  });
});

describe('renderJinja errors like Jinja2', () => {
  it.each([
    ['{{ missing.attr }}', "'missing' is undefined"],
    ['{{ missing + 1 }}', "'missing' is undefined"],
    ['{{ missing|int }}', "'missing' is undefined"],
    ["{{ 'a'() }}", "'str' object is not callable"],
    ['{{ 1/0 }}', 'division by zero'],
    ["{{ 'a' < 1 }}", "'<' not supported between instances of 'str' and 'int'"],
    ["{{ 'x' in 1 }}", "argument of type 'int' is not iterable"],
    ["{{ 1 in 'abc' }}", "'in <string>' requires string as left operand, not int"],
    ['{% for a, b in [[1, 2, 3]] %}{% endfor %}', 'too many values to unpack (expected 2)'],
    ['{{ a.b.c.d }}', "'dict object' has no attribute 'c'"],
  ])('%s fails at render time: %s', (template, message) => {
    expect(() => renderJinja(template, { a: { b: {} } })).toThrow(message);
  });

  it.each([
    ['{% if %}x{% endif %}', 'line 1'],
    ['{{ x }', "unexpected '}'"],
    ['{% endfor %}', "unknown tag 'endfor'"],
    ['{% for x in y %}', "expected 'endfor' or 'else'"],
    ['{{ x|nosuchfilter }}', "no filter named 'nosuchfilter'"],
    ['{{ x is nosuchtest }}', "no test named 'nosuchtest'"],
    ['{% macro m() %}{% endmacro %}', "unknown tag 'macro'"],
    ['line one\n{{ (1 + }}', 'line 2'],
  ])('%s does not parse (%s)', (template, message) => {
    expect(() => checkJinja(template)).toThrow(JinjaError);
    expect(() => checkJinja(template)).toThrow(message);
    expect(() => renderJinja(template, {})).toThrow(message);
  });
});
