import { describe, expect, it } from 'vitest';
import { run, setup, outputs, values } from './executorFixture.js';

describe('executeProgram: queries', () => {
  it('runs a query and notifies each result with its output type', async () => {
    const { options } = setup();
    const events = await run('now => @com.example.feed.posts() => notify;', options);
    expect(outputs(events).map((o) => [o.type, o.value['title']])).toEqual([
      ['com.example.feed:posts', 'Cats'],
      ['com.example.feed:posts', 'Dogs'],
      ['com.example.feed:posts', 'Birds'],
    ]);
    expect(events.at(-1)).toEqual({ type: 'done', statement: 0 });
  });

  it('filters, projects, sorts, indexes and slices', async () => {
    const { options } = setup();
    expect(values(await run('now => [title] of ((@com.example.feed.posts()), score >= 20 && author == "ann") => notify;', options))).toEqual([{ title: 'Birds' }]);
    expect(values(await run('now => (@com.example.feed.posts()), title =~ "D" || !(score <= 15) => notify;', options)).map((v) => v['title'])).toEqual(['Dogs', 'Birds']);
    expect(values(await run('now => (sort score desc of (@com.example.feed.posts()))[1] => notify;', options)).map((v) => v['title'])).toEqual(['Dogs']);
    expect(values(await run('now => (sort price asc of (@com.example.feed.posts()))[-1, 1] => notify;', options)).map((v) => v['title'])).toEqual(['Dogs', 'Birds']);
    expect(values(await run('now => (@com.example.feed.posts())[2 : 5] => notify;', options)).map((v) => v['title'])).toEqual(['Dogs', 'Birds']);
    expect(values(await run('now => (@com.example.feed.posts())[-1 : 2] => notify;', options)).map((v) => v['title'])).toEqual(['Dogs', 'Birds']);
    expect(values(await run('now => (sort title asc of (@com.example.feed.posts()))[1 : 2] => notify;', options)).map((v) => v['title'])).toEqual(['Birds', 'Cats']);
  });

  it('aggregates', async () => {
    const { options } = setup();
    expect(outputs(await run('now => aggregate count of (@com.example.feed.posts()) => notify;', options))).toEqual([
      { type: 'count(com.example.feed:posts)', value: { count: 3 } },
    ]);
    expect(values(await run('now => aggregate count author of (@com.example.feed.posts()) => notify;', options))).toEqual([{ author: 2 }]);
    expect(values(await run('now => aggregate avg score of (@com.example.feed.posts()) => notify;', options))).toEqual([{ score: 20 }]);
    expect(values(await run('now => aggregate sum price of (@com.example.feed.posts()) => notify;', options))).toEqual([{ price: { value: 8, code: 'usd' } }]);
    expect(values(await run('now => aggregate max score of (@com.example.feed.posts()) => notify;', options))).toEqual([{ score: 30 }]);
    expect(values(await run('now => aggregate min score of ((@com.example.feed.posts()), score >= 100) => notify;', options))).toEqual([]);
  });

  it('computes values', async () => {
    const { options } = setup();
    const events = await run('now => compute score + 1 as next of ((@com.example.feed.posts()), title == "Cats") => notify;', options);
    expect(values(events)).toEqual([{ title: 'Cats', score: 10, author: 'ann', price: { value: 2, code: 'usd' }, next: 11 }]);
  });

  it('joins tables, passing parameters from the left results', async () => {
    const { options } = setup();
    const events = await run('now => ((@com.example.feed.posts()), score >= 20) join @com.example.feed.user() on (name=author) => notify;', options);
    expect(outputs(events)).toEqual([
      { type: 'com.example.feed:posts+com.example.feed:user', value: { title: 'Dogs', score: 30, author: 'bob', price: { value: 5, code: 'usd' }, name: 'bob', karma: 3 } },
      { type: 'com.example.feed:posts+com.example.feed:user', value: { title: 'Birds', score: 20, author: 'ann', price: { value: 1, code: 'usd' }, name: 'ann', karma: 7 } },
    ]);
  });

  it('passes parameters and $event to actions', async () => {
    const { feed, options } = setup();
    const events = await run('now => (@com.example.feed.posts()), score >= 20 => @com.example.feed.post(text=title);', options);
    expect(feed.posted).toEqual(['Dogs', 'Birds']);
    expect(events.filter((e) => e.type === 'action')).toEqual([
      { type: 'action', statement: 0, kind: 'com.example.feed', uniqueId: 'com.example.feed', channel: 'post', params: { text: 'Dogs' } },
      { type: 'action', statement: 0, kind: 'com.example.feed', uniqueId: 'com.example.feed', channel: 'post', params: { text: 'Birds' } },
    ]);
    await run('now => (@com.example.feed.posts())[1] => @com.example.feed.post(text=$event);', options);
    await run('now => @com.example.feed.post(text="hello");', options);
    expect(feed.posted.slice(2)).toEqual(['Cats by ann', 'hello']);
  });

  it('runs declarations and assignments', async () => {
    const { options } = setup();
    const code = 'let query best := (sort score desc of (@com.example.feed.posts()))[1]; now => best() => notify;';
    expect(values(await run(code, options)).map((v) => v['title'])).toEqual(['Dogs']);
  });

  it('runs declared procedures with their arguments', async () => {
    const { feed, options } = setup();
    const code = 'let procedure both(p_text : String) := { now => @com.example.feed.post(text=p_text); let result best := (@com.example.feed.posts())[1]; now => best() => @com.example.feed.post(text=title); };\nnow => both(p_text="hi");';
    const events = await run(code, options);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(feed.posted).toEqual(['hi', 'Cats']);
  });

  it('evaluates external predicates', async () => {
    const { options } = setup();
    const code = 'now => (@com.example.feed.posts()), @com.example.feed.user(name="ann") { karma >= 5 } && author == "bob" => notify;';
    expect(values(await run(code, options)).map((v) => v['title'])).toEqual(['Dogs']);
  });
});

describe('executeProgram: errors', () => {
  it('reports a failing primitive and goes on with the other results and statements', async () => {
    const { feed, options } = setup();
    const events = await run('now => (@com.example.feed.posts())[1 : 2] => { @com.example.feed.fail(text=title); @com.example.feed.post(text=title); };', options);
    expect(events.filter((e) => e.type === 'error').map((e) => e.type === 'error' && [e.primitive, e.message])).toEqual([
      ['@com.example.feed.fail', 'cannot post'],
      ['@com.example.feed.fail', 'cannot post'],
    ]);
    expect(feed.posted).toEqual(['Cats', 'Dogs']);
  });

  it('refuses programs meant for another user', async () => {
    const { options } = setup();
    await expect(run('executor = "bob"^^tt:username : now => @com.example.feed.posts() => notify;', options)).rejects.toThrow('cannot run here');
  });

  it('reports query errors, unknown devices and unfilled slots', async () => {
    const { options } = setup();
    const [error] = (await run('now => @com.example.feed.user(name="zed") => notify;', options)).filter((e) => e.type === 'error');
    expect(error).toMatchObject({ primitive: '@com.example.feed.user', message: 'no user zed' });
    const [missing] = (await run('now => @com.xkcd.get_comic() => notify;', options)).filter((e) => e.type === 'error');
    expect(missing).toMatchObject({ primitive: '@com.xkcd.get_comic', message: 'No device of kind com.xkcd is configured' });
    const [slot] = (await run('now => @com.example.feed.post(text=$?);', options)).filter((e) => e.type === 'error');
    expect(slot).toMatchObject({ primitive: '@com.example.feed.post', message: 'The program has unfilled slots ($?)' });
  });
});

