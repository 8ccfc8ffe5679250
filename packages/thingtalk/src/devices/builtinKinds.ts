// The class names of the built-in Thingpedia devices (their classes are in the package's thingpedia/ folder).

/** `@org.thingpedia.builtin.thingengine.builtin`: the built-in device every user has (time, notifications, say …). */
export const BUILTIN_KIND = 'org.thingpedia.builtin.thingengine.builtin';
/** `@org.thingpedia.builtin.test`: the test device (generated data, no side effects). */
export const TEST_KIND = 'org.thingpedia.builtin.test';
/** `@com.thecatapi`: cat pictures. */
export const CAT_API_KIND = 'com.thecatapi';
/** `@com.xkcd`: xkcd comics. */
export const XKCD_KIND = 'com.xkcd';
