//! The HTML report: one self-contained file (inline CSS, thumbnails as data: URIs, no script, no
//! external asset) that opens offline. All text from letters is hostile and escaped; a strict
//! Content-Security-Policy forbids scripts and remote loads as a second line of defence. Photos
//! appear only as the blurred thumbnails made at scan time.

use std::fmt::Write;

use base64::Engine;

use super::ReportCase;

/// Escapes text for HTML element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0}\
td,th{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top;font-size:90%}\
th{background:#eee}.case{border-top:3px solid #444;margin-top:2em;padding-top:.5em}\
.thumbs img{width:320px;border:1px solid #999;margin:4px}pre{white-space:pre-wrap;background:#f6f6f6;padding:8px;\
max-height:30em;overflow:auto}.flag{color:#b00;font-weight:bold}.legend span{padding:0 6px;margin-right:6px}";

/// The report for `cases`, generated at `generated_at` from database `source`.
pub fn html(cases: &[ReportCase], generated_at: &str, source: &str) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\
         <title>mailscreen case report</title><style>{STYLE}</style></head><body>\
         <h1>mailscreen case report</h1><p>Generated {} from <code>{}</code>: {} case(s). Photos are shown blurred only.</p>",
        esc(generated_at),
        esc(source),
        cases.len()
    );
    h.push_str("<table id=\"summary\"><tr><th>case</th><th>item</th><th>state</th><th>score</th><th>holder</th><th>created</th></tr>");
    for rc in cases {
        let c = &rc.case;
        let _ = write!(
            h,
            "<tr><td><a href=\"#case-{id}\">{id}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(c.result["item"].as_str().unwrap_or("")),
            esc(&c.state),
            esc(&c.result["score"].to_string()),
            esc(c.claimed_by.as_deref().unwrap_or("")),
            esc(&c.created_at),
            id = c.id
        );
    }
    h.push_str("</table>");
    for rc in cases {
        case_section(&mut h, rc);
    }
    h.push_str("</body></html>\n");
    h
}

fn case_section(h: &mut String, rc: &ReportCase) {
    let c = &rc.case;
    let r = &c.result;
    let _ = write!(
        h,
        "<section class=\"case\" id=\"case-{}\"><h2>Case {} — {}</h2><p class=\"flag\">score {} · {}{}{}</p>",
        c.id,
        c.id,
        esc(r["item"].as_str().unwrap_or("")),
        esc(&r["score"].to_string()),
        esc(&c.state),
        c.disposition.as_deref().map(|d| format!(" · {}", esc(d))).unwrap_or_default(),
        c.police_ref.as_deref().map(|p| format!(" · police ref {}", esc(p))).unwrap_or_default(),
    );
    h.push_str("<h3>Reasons</h3><ol class=\"reasons\">");
    for s in r["reasons"].as_array().into_iter().flatten() {
        let _ = write!(h, "<li>{}</li>", esc(s.as_str().unwrap_or("")));
    }
    h.push_str("</ol><h3>Evidence</h3><table><tr><th>kind</th><th>value</th><th>page</th><th>box</th></tr>");
    let rows = [
        ("wallets", "address"),
        ("unverified_wallets", "text"),
        ("emails", "address"),
        ("messengers", "handle"),
        ("threats", "text"),
        ("codes", "text"),
    ];
    for (key, field) in rows {
        for f in r[key].as_array().into_iter().flatten() {
            let kind = match (key, f["chain"].as_str(), f["category"].as_str()) {
                ("wallets", Some(chain), _) => format!("wallet ({chain})"),
                ("threats", _, Some(cat)) => format!("threat: {cat}"),
                ("messengers", _, _) => {
                    format!("{} contact", f["service"].as_str().unwrap_or("messenger"))
                }
                _ => key.trim_end_matches('s').replace('_', " "),
            };
            let value = f[field].as_str().unwrap_or("");
            let _ = write!(
                h,
                "<tr><td>{}</td><td><code>{}</code>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&kind),
                esc(value),
                readings(f, value),
                esc(&f["page"].to_string()),
                esc(&f["bbox"].to_string())
            );
        }
    }
    for p in r["photos"].as_array().into_iter().flatten() {
        let _ = write!(
            h,
            "<tr><td>photo (blurred)</td><td></td><td>{}</td><td>{}</td></tr>",
            esc(&p["page"].to_string()),
            esc(&p["bbox"].to_string())
        );
    }
    h.push_str("</table><p class=\"legend\">Boxes: <span style=\"color:#dc1414\">wallet</span><span style=\"color:#1450dc\">e-mail</span>\
                <span style=\"color:#f08c00\">threat phrase</span><span style=\"color:#00963c\">code</span><span style=\"color:#9628b4\">photo (blurred)</span></p><div class=\"thumbs\">");
    for (i, t) in rc.thumbs.iter().enumerate() {
        match t {
            Some(jpeg) => {
                let b64 = base64::engine::general_purpose::STANDARD.encode(jpeg);
                let _ = write!(
                    h,
                    "<img alt=\"page {i}\" src=\"data:image/jpeg;base64,{b64}\">"
                );
            }
            None => {
                let _ = write!(
                    h,
                    "<p>page {i}: no thumbnail (the page could not be read)</p>"
                );
            }
        }
    }
    h.push_str("</div><h3>Pages (chain of custody)</h3><table><tr><th>page</th><th>file</th><th>sha256</th></tr>");
    for (i, p) in r["pages"].as_array().into_iter().flatten().enumerate() {
        let _ = write!(
            h,
            "<tr><td>{i}</td><td>{}</td><td><code>{}</code></td></tr>",
            esc(p["file"].as_str().unwrap_or("")),
            esc(p["sha256"].as_str().unwrap_or(""))
        );
    }
    let _ = write!(
        h,
        "</table><p>rules {} <code>{}</code>, mailscreen {}</p><h3>OCR text</h3><pre class=\"ocr\">{}</pre><h3>History</h3>\
         <table><tr><th>#</th><th>time</th><th>actor</th><th>action</th><th>details</th></tr>",
        esc(r["ruleset"]["version"].as_str().unwrap_or("")),
        esc(r["ruleset"]["sha256"].as_str().unwrap_or("")),
        esc(r["tool_version"].as_str().unwrap_or("")),
        esc(&c.ocr_text)
    );
    for a in &c.history {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            a.seq,
            esc(&a.at),
            esc(&a.actor),
            esc(&a.action),
            esc(&a.details)
        );
    }
    h.push_str("</table></section>");
}

/// What OCR read where it differs from the value reported (a repaired wallet, a mended e-mail),
/// and a second reading that disagrees: the analyst compares them with the page.
fn readings(f: &serde_json::Value, value: &str) -> String {
    let mut out = String::new();
    if let Some(raw) = f["raw"].as_str().filter(|r| *r != value) {
        let _ = write!(out, " <small>OCR read <code>{}</code></small>", esc(raw));
    }
    if let Some(second) = f["second_reading"].as_str() {
        let _ = write!(
            out,
            " <small>second reading <code>{}</code>: check the image</small>",
            esc(second)
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{esc, readings};

    #[test]
    fn readings_that_differ_are_shown_escaped() {
        let e = serde_json::json!({"address": "a@outlook.com", "raw": "a@outlock.com",
                                   "second_reading": "<b>@outlook.com"});
        assert_eq!(
            readings(&e, "a@outlook.com"),
            " <small>OCR read <code>a@outlock.com</code></small> <small>second reading \
             <code>&lt;b&gt;@outlook.com</code>: check the image</small>"
        );
        // a wallet read as printed keeps its raw text, which says nothing new
        let w = serde_json::json!({"address": "T1", "raw": "T1"});
        assert_eq!(readings(&w, "T1"), "");
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            esc("<script>alert('x')</script>&\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"
        );
    }
}
