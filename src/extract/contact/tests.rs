//! Unit tests of contact finding on plain text, apart from OCR: e-mail addresses and the joins
//! and misreads OCR makes of them, messenger contacts next to their service, and the re-reading of
//! a cut user name or a doubtful address. Kept beside `contact.rs` so that file stays the stage.

use super::*;
use crate::page::PageText;

fn addrs(t: &str) -> Vec<String> {
    find(0, &PageText::from_plain_text(t).words, None)
        .into_iter()
        .map(|e| e.address)
        .collect()
}

#[test]
fn regression_a_dot_read_as_a_comma_lost_the_address() {
    // blind60's page reading of "baomat.rieng12@tutanota.com": no e-mail at all
    let found = find(
        0,
        &PageText::from_plain_text("ông viết cho baomat,rieng12@tutanota.com trước thứ Bảy.").words,
        None,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].address, "baomat.rieng12@tutanota.com");
    // what OCR read is kept, for a person to check against the page
    assert_eq!(found[0].raw.as_deref(), Some("baomat,rieng12@tutanota.com"));
    assert_eq!(
        addrs("write to hoang.long@proton.me")[0],
        "hoang.long@proton.me"
    );
    assert_eq!(addrs("write to hoang@proton,me now"), ["hoang@proton.me"]);
    // two addresses glued by a comma are not made into one, and a comma after an address
    // is a sentence's
    assert!(addrs("a.b@x.com,c.d@y.com").is_empty());
    assert_eq!(addrs("write to a.b@x.com, then wait"), ["a.b@x.com"]);
}

#[test]
fn regression_the_at_signs_curl_read_as_a_bracket_lost_the_address() {
    // blind72's page reading of "giaiquyet24737@outlook.com": no e-mail at all
    let found = find(
        0,
        &PageText::from_plain_text("Write to giaiquyet24737(@outlook.com within five days.").words,
        None,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].address, "giaiquyet24737@outlook.com");
    assert_eq!(found[0].raw.as_deref(), Some("giaiquyet24737(@outlook.com"));
    assert_eq!(addrs("write to abc@|gmail.com"), ["abc@gmail.com"]);
    // a bracket that only opens or closes the address is a sentence's, and a bracket
    // standing for no letter beside an @ that starts the word changes nothing
    assert_eq!(addrs("(write to abc@gmail.com)"), ["abc@gmail.com"]);
    assert!(addrs("(@gmail.com").is_empty());
}

#[test]
fn finds_labelled_and_split_addresses() {
    assert_eq!(
        addrs("Liên hệ qua email: Hoang.Long88@Proton.me."),
        ["hoang.long88@proton.me"]
    );
    assert_eq!(
        addrs("write to secret.deal @ tutanota.com now"),
        ["secret.deal@tutanota.com"]
    );
    assert_eq!(
        addrs("Email:abc@gmail.com and again abc@gmail.com"),
        ["abc@gmail.com"]
    );
}

fn messengers(t: &str) -> Vec<(&'static str, String)> {
    find_messengers(0, &PageText::from_plain_text(t).words, None)
        .into_iter()
        .map(|m| (m.service, m.handle))
        .collect()
}

#[test]
fn finds_messenger_contacts_next_to_the_service() {
    let tg = |h: &str| vec![("telegram", h.to_string())];
    assert_eq!(
        messengers("liên hệ Telegram @baomat_2026 trong 48 giờ"),
        tg("@baomat_2026")
    );
    assert_eq!(
        messengers("Contact me on Telegram: @QuietDeal, within two days."),
        tg("@quietdeal")
    );
    assert_eq!(
        messengers("write to @quietdeal on Telegram"),
        tg("@quietdeal")
    );
    // blind22: the Vietnamese model put a mark on a letter of the user name
    assert_eq!(
        messengers("Tìm @giu_kìn_24h trên Telegram."),
        tg("@giu_kin_24h")
    );
    assert_eq!(
        messengers("nhan tin https://t.me/SecretDeal24."),
        tg("@secretdeal24")
    );
    assert_eq!(
        messengers("kết bạn Zalo số 0912 345 678 để nhận ví"),
        [("zalo", "0912345678".to_string())]
    );
    assert_eq!(
        messengers("WhatsApp: +84 912.345.678"),
        [("whatsapp", "+84912345678".to_string())]
    );
}

/// The e-mail found in `text` when the second reading of its box gives `reading`.
fn reread_email(text: &str, reading: &'static str) -> EmailFinding {
    let words = PageText::from_plain_text(text).words;
    let mut rr = |boxes: &[BBox], allowed: &str| {
        assert_eq!(boxes.len(), 1);
        assert_eq!(allowed, "", "an unrestricted reading");
        Some(reading.to_string())
    };
    let found = find(0, &words, Some(&mut rr));
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

#[test]
fn regression_mail_provider_domain_misread_is_taken_from_the_second_reading() {
    // blind85's page read "giaiquyet24730@outlook.com" as "…@outlock.com", which the letters'
    // police reader would have looked up; the re-reading of the box read it right
    let e = reread_email(
        "Gui thu ve giaiquyet24730@outlock.com trong 5 ngay.",
        "giaiquyet24730@outlook.com |",
    );
    assert_eq!(e.address, "giaiquyet24730@outlook.com");
    assert_eq!(e.raw.as_deref(), Some("giaiquyet24730@outlock.com"));
    assert_eq!(e.second_reading, None);
    // an address the page repeats is one finding, read a second time once
    let words =
        PageText::from_plain_text("Gui thu ve ab@outlock.com trong 5 ngay, ab@outlock.com").words;
    let mut reads = 0;
    let mut rr = |_: &[BBox], _: &str| {
        reads += 1;
        Some("ab@outlook.com".to_string())
    };
    let found = find(0, &words, Some(&mut rr));
    assert_eq!(reads, 1);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].address, "ab@outlook.com");
    // blind9's: the domain mended, the name read two ways and both kept
    let e = reread_email(
        "Gui thu ve hopdong.bimat10@bproton.me trong 3 ngay.",
        "hopdong.bimatlO@proton.me.",
    );
    assert_eq!(e.address, "hopdong.bimat10@proton.me");
    assert_eq!(e.raw.as_deref(), Some("hopdong.bimat10@bproton.me"));
    assert_eq!(
        e.second_reading.as_deref(),
        Some("hopdong.bimatlo@proton.me")
    );
}

#[test]
fn regression_address_split_at_its_dot_is_joined_when_a_reading_of_both_words_agrees() {
    // blind2's page read "hopdong.bimat37@outlook.com" as the words "hopdong." and
    // "bimat37@outlook.com"; a reading of both words' box gives the address whole
    let words = PageText::from_plain_text("Gui thu ve hopdong. bimat37@outlook.com ngay.").words;
    let mut boxes = Vec::new();
    let mut rr = |b: &[BBox], _: &str| {
        boxes.push(b.to_vec());
        Some("1 hopdong.bimat37@outlook.com".to_string())
    };
    let found = find(0, &words, Some(&mut rr));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].address, "hopdong.bimat37@outlook.com");
    assert_eq!(found[0].raw.as_deref(), Some("bimat37@outlook.com"));
    assert_eq!(found[0].bbox, words[3].bbox.union(words[4].bbox));
    assert_eq!(boxes, [vec![words[3].bbox.union(words[4].bbox)]]);
    // the reading keeps the space (a sentence's end, or a split it cannot see either), gives
    // another name, or there is no page to read: the page's address stands
    for reading in [
        "resolve. now45@gmail.com",
        "hopdong.bimat38@outlook.com",
        "",
    ] {
        let e = reread_email("Write to me now. bimat37@outlook.com today", reading);
        assert_eq!(e.address, "bimat37@outlook.com", "{reading}");
    }
    assert_eq!(
        addrs("ve hopdong. bimat37@outlook.com"),
        ["bimat37@outlook.com"]
    );
    // a word that cannot be part of an address, or one on the line above, is never read with
    // it: only the address's own box is read again
    for text in ["Gửi về ngày. ab@gmail.com", "ve hopdong.\nab@gmail.com"] {
        let words = PageText::from_plain_text(text).words;
        let own = words.last().map(|w| w.bbox);
        let mut read = Vec::new();
        let mut rr = |b: &[BBox], _: &str| {
            read.extend(b.iter().copied());
            None
        };
        find(0, &words, Some(&mut rr));
        assert_eq!(read, own.into_iter().collect::<Vec<_>>(), "{text}");
    }
}

#[test]
fn second_reading_never_replaces_a_name_or_a_domain_by_likeness() {
    // a name read two ways: the page's stands, the other is kept for a person to check
    let e = reread_email(
        "Write to silentpays3@gmail.com within five days.",
        "i silentpay53@gmail.com.",
    );
    assert_eq!(e.address, "silentpays3@gmail.com");
    assert_eq!(e.second_reading.as_deref(), Some("silentpay53@gmail.com"));
    assert_eq!(e.raw, None);
    // a provider's domain is never "mended" into another provider's, nor an unknown domain into
    // another unknown one
    let e = reread_email("Write to ab@ymail.com now", "ab@gmail.com");
    assert_eq!(e.address, "ab@ymail.com");
    let e = reread_email("Write to ab@congty.vn now", "ab@congtv.vn");
    assert_eq!(e.address, "ab@congty.vn");
    // nor a domain into a provider's that is no OCR slip away from it
    let e = reread_email("Write to ab@congty.vn now", "ab@gmail.com");
    assert_eq!(e.address, "ab@congty.vn");
    // the same address read twice, a second reading with no address, or one of a part of the
    // address (blind29's re-reading split "hopdong. bimat30@proton.me" at its dot): nothing
    // changes
    let e = reread_email(
        "Write to hopdong.bimat30@proton.me now",
        "hopdong. bimat30@proton.me",
    );
    assert_eq!((e.raw, e.second_reading), (None, None));
    for reading in ["| ab@congty.vn «", "ab congty", ""] {
        let e = reread_email("Write to ab@congty.vn now", reading);
        assert_eq!((e.raw, e.second_reading), (None, None), "{reading}");
    }
}

#[test]
fn regression_user_name_underscore_read_as_a_space_is_re_read_and_nothing_else() {
    // the Vietnamese model read "@nguoiquen_2024" as "@nguoiquen 2024" (sample letter 06);
    // the restricted re-reading of the two words' box gives the whole name, and OCR's
    // reading is kept as `raw`
    let words = PageText::from_plain_text("Nhắn tin qua Telegram @nguoiquen 2024 hoặc email").words;
    let mut rr = |boxes: &[BBox], allowed: &str| {
        assert_eq!(boxes.len(), 1);
        assert_eq!(allowed, "", "an unrestricted reading");
        Some("| @nguoiquen_2024".to_string())
    };
    let m = find_messengers(0, &words, Some(&mut rr));
    assert_eq!(m[0].handle, "@nguoiquen_2024");
    assert_eq!(m[0].raw.as_deref(), Some("@nguoiquen"));
    // a re-reading that does not continue OCR's with an underscore is not used: the next
    // word is just the next word, also when the re-reading lost the space (blind13 reported
    // "@hoso_phuquocmoi" for "@hoso_phuquoc. Moi"), and a name OCR ended with a full stop
    // is whole
    for (text, reading) in [
        (
            "on Telegram @quietdeal within two days",
            "@quietdeal within",
        ),
        // blind62's name as the unrestricted reading gives it: the next word stays apart
        (
            "Message Telegram @da_lat_shoot within five days",
            "} @da_lat_shoot within",
        ),
        (
            "lien he Telegram @hoso_phuquoc Moi viec",
            "@hoso_phuquocMoi",
        ),
        (
            "lien he Telegram @hoso_phuquoc. Moi viec",
            "@hoso_phuquoc_Moi",
        ),
    ] {
        let mut other = |_: &[BBox], _: &str| Some(reading.to_string());
        let words = PageText::from_plain_text(text).words;
        let m = find_messengers(0, &words, Some(&mut other));
        assert_eq!(m[0].raw, None, "{text}");
        assert!(!m[0].handle.ends_with("moi"), "{text}: {:?}", m[0]);
    }
}

#[test]
fn regression_user_name_cut_before_its_fifth_character_is_re_read_restricted() {
    // blind66: "@home_truths" read as "@home truths" by the page's reading and by the
    // unrestricted re-reading; "@home" alone is too short for a user name, so it was never
    // re-read and the letter named no contact
    let words = PageText::from_plain_text("Message Telegram @home truths within five days.").words;
    let mut rr = |_: &[BBox], allowed: &str| {
        assert_eq!(allowed, NAME_CHARS, "restricted to a name's characters");
        Some("@home_truths".to_string())
    };
    let m = find_messengers(0, &words, Some(&mut rr));
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].handle, "@home_truths");
    assert_eq!(m[0].raw.as_deref(), Some("@home"));
    // a head the re-reading does not continue with an underscore is nothing, and without
    // the page there is nothing to re-read
    let mut other = |_: &[BBox], _: &str| Some("@hometruths".to_string());
    assert!(find_messengers(0, &words, Some(&mut other)).is_empty());
    assert!(find_messengers(0, &words, None).is_empty());
}

#[test]
fn messenger_names_without_a_contact_are_not_contacts() {
    for t in [
        "follow us @cityparish for news",
        "chúng tôi không dùng Zalo hay Telegram",
        "Zalo 2024, phiên bản mới",
        "signal strength 3 bars at 12 km",
        "Telegram hotline@congan.gov.vn",
    ] {
        assert!(messengers(t).is_empty(), "{t}: {:?}", messengers(t));
    }
}

#[test]
fn rejects_non_addresses() {
    assert!(addrs("@username a@b user@localhost 10@20.30").is_empty());
}
