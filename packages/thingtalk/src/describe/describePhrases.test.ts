import { describe as suite, expect, it } from 'vitest';
import { parse } from '../parser/parse.js';
import { typeCheck } from '../typecheck/typeCheck.js';
import { describe } from './describe.js';
import { programName } from './programName.js';
import { testClasses } from './testClasses.js';

// Program shapes → the description and name thingtalk@1.10.0 gives (run on the same programs and annotations):
// equality filters of list queries read as noun phrases by the argument's canonical phrase kind, indices as
// ordinals, selectors with all=true, defaultTemperature, and the in_array / ~= / array wordings. A filter of a
// query that is not a list (Xkcd) reads "such that" whatever its phrases.
const RESTAURANTS = `class @com.yelp #_[canonical="yelp"] {
  list query restaurant(
    out id: Entity(com.yelp:restaurant) #_[canonical={ default="property", base=["name"], property=[] }],
    out cuisines: Array(Entity(com.yelp:restaurant_cuisine)) #_[canonical={ default="property", base=["cuisines"], property=["# food"], adjective=["#"] }],
    out price: Enum(cheap, moderate, expensive, luxury) #_[canonical={ default="adjective", base=["price"], adjective=["#"] }],
    out rating: Number #_[canonical={ default="passive_verb", base=["rating"], passive_verb=["rated # star"] }],
    out geo: Location #_[canonical={ default="preposition", base=["address"], preposition=["near #"] }],
    out phone: Entity(tt:phone_number) #_[canonical={ default="base", base=["phone number"] }],
    out image_url: Entity(tt:picture) #_[canonical={ base=["picture"] }]
  ) #_[canonical="restaurant"] #_[confirmation="restaurants on Yelp"];
}
class @light-bulb {
  action set_power(in req power: Enum(on, off) #_[canonical="power"]) #_[confirmation="turn $power \${__device}"];
}`;
const all = testClasses();
all.addText(RESTAURANTS);
const YELP = '(@com.yelp.restaurant())';
const MEXICAN = 'contains(cuisines, "mexican"^^com.yelp:restaurant_cuisine("Mexican"))';
const DRIVE = '(@com.google.drive.list_drive_files())';
const XKCD = '(@com.xkcd.get_comic())';

const CASES: readonly (readonly [string, string, string])[] = [
  [`now => ${YELP}, ${MEXICAN} => notify;`, 'get restaurants on Yelp that have Mexican food and then notify you', 'Yelp'],
  [`now => ${YELP}, ${MEXICAN} && price == enum(cheap) => notify;`, 'get cheap restaurants on Yelp that have Mexican food and then notify you', 'Yelp'],
  [`now => ${YELP}, ${MEXICAN} && rating == 4 => notify;`, 'get restaurants on Yelp rated 4 star that have Mexican food and then notify you', 'Yelp'],
  [`now => ${YELP}, ${MEXICAN} && rating >= 4 => notify;`, 'get restaurants on Yelp that have Mexican food such that the rating is greater than or equal to 4 and then notify you', 'Yelp'],
  [`now => ${YELP}, ${MEXICAN} && geo == new Location("Palo Alto") => notify;`, 'get restaurants on Yelp that have Mexican food near Palo Alto and then notify you', 'Yelp'],
  [`now => ${YELP}, geo == new Location("Palo Alto") && ${MEXICAN} => notify;`, 'get restaurants on Yelp that have Mexican food near Palo Alto and then notify you', 'Yelp'],
  [`now => ${YELP}, price == enum(cheap) && rating == 4 => notify;`, 'get cheap restaurants on Yelp rated 4 star and then notify you', 'Yelp'],
  [`now => ${YELP}, in_array(price, [enum(cheap), enum(moderate)]) => notify;`, 'get cheap or moderate restaurants on Yelp and then notify you', 'Yelp'],
  [`now => ${YELP}, id == "x"^^com.yelp:restaurant("Foo") => notify;`, 'get restaurants on Yelp such that the id is equal to Foo and then notify you', 'Yelp'],
  [`now => ${YELP}, phone == "123"^^tt:phone_number => notify;`, 'get restaurants on Yelp that have phone number 123 and then notify you', 'Yelp'],
  [`now => ${YELP}, image_url == "http://x"^^tt:picture => notify;`, 'get restaurants on Yelp that have picture http://x and then notify you', 'Yelp'],
  ['now => (@com.instagram.get_pictures()), in_array(caption, ["foo", "bar", "baz"]) => notify;', 'get your recent Instagram pictures that have caption “foo”, “bar”, or “baz” and then notify you', 'Instagram'],
  ['now => (@com.instagram.get_pictures()), contains(hashtags, "foo"^^tt:hashtag) && caption == "x" => notify;', 'get your recent Instagram pictures that have hashtags #foo and have caption “x” and then notify you', 'Instagram'],
  ['now => (@com.instagram.get_pictures()), contains(hashtags, "foo"^^tt:hashtag) || caption == "x" => notify;', 'get your recent Instagram pictures such that the hashtags contain #foo or the caption is equal to “x” and then notify you', 'Instagram'],
  ['now => (@com.instagram.get_pictures()), !contains(hashtags, "foo"^^tt:hashtag) => notify;', 'get your recent Instagram pictures such that the hashtags do not contain #foo and then notify you', 'Instagram'],
  ['now => (@com.instagram.get_pictures()), caption =~ "foo" => notify;', 'get your recent Instagram pictures that have caption “foo” and then notify you', 'Instagram'],
  [`now => ${XKCD}, in_array(title, ["a", "b"]) => notify;`, 'get an Xkcd comic such that the title is any of “a” and “b” and then notify you', 'Xkcd'],
  [`now => ${XKCD}, in_array(title, ["a", "b", "c"]) => notify;`, 'get an Xkcd comic such that the title is any of “a”, “b”, and “c” and then notify you', 'Xkcd'],
  [`now => ${XKCD}, !in_array(title, ["a", "b"]) => notify;`, 'get an Xkcd comic such that the title is none of “a” and “b” and then notify you', 'Xkcd'],
  [`now => ${XKCD}, title ~= "abc" => notify;`, 'get an Xkcd comic such that the title is contained in “abc” and then notify you', 'Xkcd'],
  [`now => ${XKCD}, !(title ~= "abc") => notify;`, 'get an Xkcd comic such that the title is not contained in “abc” and then notify you', 'Xkcd'],
  [`now => ${DRIVE}[2] => notify;`, 'get the second files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[3] => notify;`, 'get the third files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[4] => notify;`, 'get the 4th files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[21] => notify;`, 'get the 21st files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[-2] => notify;`, 'get the second to last files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[-3] => notify;`, 'get the 3rd last files in your Google Drive and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[$?] => notify;`, 'get the files in your Google Drive with index ____ and then notify you', 'Google Drive'],
  [`now => ${DRIVE}[1, 2] => notify;`, 'get elements 1 and 2 of the files in your Google Drive and then notify you', 'Google Drive'],
  ['now => @light-bulb.set_power();', 'turn ____ your light bulb', 'Light Bulb'],
  ['now => @light-bulb(name="bedroom").set_power();', 'turn ____ your “bedroom” light bulb', 'Light Bulb'],
  ['now => @light-bulb(name="bedroom", all=true).set_power();', 'turn ____ all your “bedroom” light bulb', 'Light Bulb'],
  ['now => @light-bulb(all=true).set_power();', 'turn ____ all your light bulb', 'Light Bulb'],
  ['now => (@org.thingpedia.weather.current(location=$?)), temperature >= 10defaultTemperature => notify;', 'get the current weather for ____ such that the temperature is greater than or equal to 10 degrees and then notify you', 'Weather'],
  ['now => (@org.thingpedia.weather.current(location=$?)), temperature >= 10.35defaultTemperature => notify;', 'get the current weather for ____ such that the temperature is greater than or equal to 10.4 degrees and then notify you', 'Weather'],
  ['edge (monitor (@org.thingpedia.weather.current(location=$?))) on temperature >= 5defaultTemperature => notify;', 'notify you when the current weather for ____ changes and it becomes true that the temperature is greater than or equal to 5 degrees', 'Weather'],
];

suite('describe and programName word for word as thingtalk 1.10 (phrases, ordinals, selectors, units)', () => {
  it.each(CASES)('%s', (code, description, name) => {
    const program = typeCheck(parse(code), all);
    expect(describe(program, all, { timeZone: 'America/Los_Angeles' })).toBe(description);
    if (program.type === 'Program') expect(programName(program)).toBe(name);
  });
});
