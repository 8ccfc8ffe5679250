import { Schemas } from '../schema/schemas.js';

/** Class definitions used by the type checker, slot and NN tests (abridged Thingpedia classes). */
const TEST_CLASSES = `
class @com.xkcd {
  monitorable query get_comic(in opt number: Number #_[prompt="What Xkcd comic do you want?"], out title: String, out picture_url: Entity(tt:picture), out link: Entity(tt:url), out alt_text: String) #_[canonical="xkcd comic"] #[poll_interval=86400000ms];
  monitorable list query what_if(out title: String, out link: Entity(tt:url), out updated_time: Date);
}
class @com.twitter {
  monitorable list query search(in req query: String #_[prompt="What do you want to search?"], out text: String, out author: Entity(tt:username), out hashtags: Array(Entity(tt:hashtag)));
  action post(in req status: String #_[prompt="What do you want to tweet?"]);
  action post_picture(in req picture_url: Entity(tt:picture), in req caption: String);
}
class @org.thingpedia.weather {
  monitorable query current(in req location: Location #_[canonical="place"], out temperature: Measure(C), out wind_speed: Measure(mps), out status: Enum(sunny, cloudy, raining, snowy));
}
class @com.gmail {
  monitorable list query inbox(out sender_address: Entity(tt:email_address), out subject: String, out date: Date, out is_important: Boolean, out labels: Array(String));
  action send_email(in req to: Entity(tt:email_address), in req subject: String, in req message: String);
}
class @com.google.drive {
  monitorable list query list_drive_files(in opt order_by: Enum(created_time_increasing, created_time_decreasing), out file_name: String, out file_size: Measure(byte), out created_time: Date);
}
class @com.yandex.translate {
  query translate(in req text: String, in opt target_language: Entity(tt:iso_lang_code), out translated_text: String);
}
class @org.thingpedia.builtin.thingengine.builtin {
  query get_time(out time: Time);
  query get_random_between(in opt low: Number, in opt high: Number, out random: Number);
  action say(in req message: String #_[prompt="What do you want me to say?"]);
}
class @light-bulb {
  action set_power(in req power: Enum(on, off) #_[prompt="Do you want to turn it on or off?"]);
  query power(out power: Enum(on, off));
}
class @org.example.all {
  action act(in opt s: String, in opt n: Number, in opt d: Date, in opt t: Time, in opt dur: Measure(ms), in opt temp: Measure(C), in opt len: Measure(m), in opt c: Currency, in opt l: Location, in opt u: Entity(tt:username), in opt h: Entity(tt:hashtag), in opt url: Entity(tt:url), in opt p: Entity(tt:phone_number), in opt e: Entity(tt:email_address), in opt path: Entity(tt:path_name), in opt pic: Entity(tt:picture), in opt stock: Entity(tt:stock_id), in opt b: Boolean, in opt en: Enum(a, b), in opt arr: Array(String));
}
class @com.nytimes {
  list query get_front_page(out title: String, out link: Entity(tt:url), out published: Date, out geo: Location);
}
`;

export const testSchemas = (): Schemas => Schemas.fromText(TEST_CLASSES);
