//! A TimeML reader and a scorer modelled on TempEval-3 Task A (temporal expressions): strict
//! span P/R/F1 (same start and end), relaxed span P/R/F1 (overlap), and, on the relaxed
//! matches, value and type accuracy, with value F1 counting a system TIMEX3 right only
//! when it overlaps a gold one and has its value (TempEval-3's attribute F1). Counts are
//! summed over documents (micro figures), as TempEval-3 reports them.
//!
//! The reader is a small, strict XML reader for the `.tml` layout: it checks that tags nest
//! and close, attributes are quoted and entities are known, and returns the `TEXT` element's
//! text with each TIMEX3's byte span in it, and the creation time of the `DCT` element.

/// One TIMEX3: byte span in the unescaped text, type and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// A parsed TimeML document.
#[derive(Debug, Clone)]
pub struct Tml {
    pub text: String,
    pub dct: Option<String>,
    pub timexes: Vec<Timex>,
}

fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let j = rest[i..].find(';').ok_or_else(|| format!("unterminated entity in {s:?}"))? + i;
        out.push(match &rest[i + 1..j] {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            e => return Err(format!("unknown entity &{e};")),
        });
        rest = &rest[j + 1..];
    }
    if rest.contains('<') || rest.contains('>') {
        return Err(format!("bare < or > in {s:?}"));
    }
    out.push_str(rest);
    Ok(out)
}

/// A tag's name and attributes; `Err` on bad syntax.
fn tag(inner: &str) -> Result<(String, Vec<(String, String)>), String> {
    let inner = inner.trim_end_matches('/').trim();
    let (name, mut rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let (key, after) =
            rest.split_once('=').ok_or_else(|| format!("attribute without value in <{inner}>"))?;
        let after = after.strip_prefix('"').ok_or_else(|| format!("unquoted attribute in <{inner}>"))?;
        let (value, after) =
            after.split_once('"').ok_or_else(|| format!("unclosed attribute in <{inner}>"))?;
        attrs.push((key.trim().to_string(), unescape(value)?));
        rest = after;
    }
    Ok((name.to_string(), attrs))
}

/// Parses a TimeML document, checking its well-formedness.
pub fn parse(xml: &str) -> Result<Tml, String> {
    let body = xml.strip_prefix("<?xml").and_then(|r| r.split_once("?>")).map(|(_, b)| b).unwrap_or(xml);
    let mut stack: Vec<String> = Vec::new();
    let (mut text, mut timexes, mut dct) = (String::new(), Vec::new(), None);
    let mut open: Option<(usize, String, String)> = None;
    let mut rest = body;
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let chunk = unescape(&rest[..lt])?;
        if stack.last().map(String::as_str) == Some("TEXT") || open.is_some() {
            text.push_str(&chunk);
        } else if !chunk.trim().is_empty() && stack.is_empty() {
            return Err(format!("text outside the root: {chunk:?}"));
        }
        if lt == rest.len() {
            break;
        }
        let gt = rest[lt..].find('>').ok_or("unclosed tag")? + lt;
        let inner = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = inner.strip_prefix('/') {
            let top = stack.pop().ok_or_else(|| format!("</{name}> closes nothing"))?;
            if top != name.trim() {
                return Err(format!("</{name}> closes <{top}>"));
            }
            if name == "TIMEX3" && stack.last().map(String::as_str) != Some("DCT") {
                let (start, kind, value) = open.take().ok_or("TIMEX3 closed twice")?;
                timexes.push(Timex { start, end: text.len(), kind, value });
            }
            continue;
        }
        let (name, attrs) = tag(inner)?;
        let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
        if name == "TIMEX3" {
            let (Some(kind), Some(value)) = (get("type"), get("value")) else {
                return Err(format!("TIMEX3 without type or value: <{inner}>"));
            };
            if stack.last().map(String::as_str) == Some("DCT") {
                dct = Some(value);
            } else if stack.last().map(String::as_str) == Some("TEXT") {
                open = Some((text.len(), kind, value));
            } else {
                return Err(format!("TIMEX3 inside <{}>", stack.last().cloned().unwrap_or_default()));
            }
        }
        if !inner.ends_with('/') {
            stack.push(name);
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed <{}>", stack.join("> <")));
    }
    Ok(Tml { text, dct, timexes })
}

/// Summed counts of a TempEval-3 Task A comparison.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimemlScore {
    pub gold: usize,
    pub system: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub kind: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl TimemlScore {
    pub fn add(&mut self, o: &TimemlScore) {
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }

    /// (precision, recall, F1) of exact spans.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        let (p, r) = (ratio(self.strict, self.system), ratio(self.strict, self.gold));
        (p, r, f1(p, r))
    }

    /// (precision, recall, F1) of overlapping spans.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        let (p, r) = (ratio(self.relaxed, self.system), ratio(self.relaxed, self.gold));
        (p, r, f1(p, r))
    }

    /// Value F1: a system TIMEX3 counts when it overlaps a gold one with the same value.
    pub fn value_f1(&self) -> f64 {
        f1(ratio(self.value, self.system), ratio(self.value, self.gold))
    }

    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value, self.relaxed)
    }

    pub fn type_accuracy(&self) -> f64 {
        ratio(self.kind, self.relaxed)
    }

    pub fn type_f1(&self) -> f64 {
        f1(ratio(self.kind, self.system), ratio(self.kind, self.gold))
    }
}

/// One line per differing TIMEX3, for reading the misses.
pub fn differences(gold: &Tml, system: &Tml) -> Vec<String> {
    let mut out = Vec::new();
    let slice = |t: &Timex| gold.text.get(t.start..t.end).unwrap_or("?").to_string();
    let mut used = vec![false; system.timexes.len()];
    for g in &gold.timexes {
        let m =
            system.timexes.iter().enumerate().find(|(i, s)| !used[*i] && s.start < g.end && g.start < s.end);
        match m {
            Some((i, s)) => {
                used[i] = true;
                if s.value != g.value || s.kind != g.kind || (s.start, s.end) != (g.start, g.end) {
                    out.push(format!(
                        "    {:?} {} {}  <-  {:?} {} {}",
                        slice(g),
                        g.kind,
                        g.value,
                        slice(s),
                        s.kind,
                        s.value
                    ));
                }
            }
            None => out.push(format!("    missed {:?} {} {}", slice(g), g.kind, g.value)),
        }
    }
    for (s, _) in system.timexes.iter().zip(&used).filter(|(_, u)| !**u) {
        out.push(format!("    extra {:?} {} {}", slice(s), s.kind, s.value));
    }
    out
}

/// Compares a system document with the gold one (same text): pairs each gold TIMEX3 with
/// the first unpaired system TIMEX3 that overlaps it.
pub fn score(gold: &Tml, system: &Tml) -> TimemlScore {
    assert_eq!(gold.text, system.text, "the system's TEXT differs from the gold's");
    let mut s = TimemlScore { gold: gold.timexes.len(), system: system.timexes.len(), ..Default::default() };
    s.strict = system
        .timexes
        .iter()
        .filter(|t| gold.timexes.iter().any(|g| (g.start, g.end) == (t.start, t.end)))
        .count();
    let mut used = vec![false; system.timexes.len()];
    for g in &gold.timexes {
        let m =
            system.timexes.iter().enumerate().find(|(i, t)| !used[*i] && t.start < g.end && g.start < t.end);
        if let Some((i, t)) = m {
            used[i] = true;
            s.relaxed += 1;
            s.value += usize::from(t.value == g.value);
            s.kind += usize::from(t.kind == g.kind);
        }
    }
    s
}
