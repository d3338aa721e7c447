//! The tense and mood cue words of a clause: future and forecast markers, irregular and
//! regular past forms, habit words and modals. They decide whether a bare "Tuesday" lies
//! before or after the document date, whether a year is a forecast (no evidence of the
//! document date) and whether a month names any year's ("sails daily from May"). Kept apart
//! from [`super::words`] (the calendar and number words) because they are read per clause,
//! not per expression.

/// Markers of future reference in a clause.
pub fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "ll"
            | "shall"
            | "would"
            | "expected"
            | "due"
            | "plans"
            | "planned"
            | "scheduled"
            | "going"
            | "next"
            | "upcoming"
            | "coming"
            | "intends"
            | "aims"
            | "hopes"
            | "set"
    )
}

/// Verbs of intention or undertaking that, before "to", put what follows in the future
/// however past the verb itself ("has agreed to buy … from 2031", "committed to reaching net
/// zero by 2050", "pledged to open it by 2030").
pub fn intention_cue(w: &str) -> bool {
    matches!(
        w,
        "agreed"
            | "agree"
            | "agrees"
            | "committed"
            | "commits"
            | "pledged"
            | "pledges"
            | "promised"
            | "promises"
            | "vowed"
            | "vows"
            | "undertook"
            | "undertakes"
            | "decided"
            | "planned"
            | "plans"
            | "plan"
            | "aims"
            | "aimed"
            | "intends"
            | "intended"
            | "hopes"
            | "hoped"
            | "wants"
            | "wanted"
            | "expected"
            | "expects"
            | "scheduled"
            | "due"
    )
}

/// Words that make a year in their clause a forecast or target rather than a report
/// ("the projected 2050 population", "a 2030 target").
pub fn forecast_cue(w: &str) -> bool {
    matches!(
        w,
        "projected"
            | "projection"
            | "projections"
            | "forecast"
            | "forecasts"
            | "predicted"
            | "predicts"
            | "prediction"
            | "target"
            | "targets"
            | "goal"
            | "deadline"
            | "expects"
            | "expect"
            | "envisages"
            | "envisions"
            | "might"
            | "should"
    )
}

/// Markers of past reference in a clause: common irregular past forms (regular ones end in
/// "-ed", which the caller checks).
pub fn past_cue(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "met"
            | "took"
            | "made"
            | "came"
            | "went"
            | "gave"
            | "got"
            | "saw"
            | "found"
            | "left"
            | "began"
            | "won"
            | "lost"
            | "fell"
            | "rose"
            | "held"
            | "kept"
            | "led"
            | "ran"
            | "sat"
            | "stood"
            | "wrote"
            | "spoke"
            | "paid"
            | "sold"
            | "bought"
            | "brought"
            | "thought"
            | "felt"
            | "knew"
            | "became"
            | "grew"
            | "drew"
            | "chose"
            | "beat"
            | "struck"
            | "spent"
            | "sent"
            | "built"
            | "heard"
            | "meant"
            | "lay"
            | "rang"
            | "threw"
            | "flew"
            | "drove"
            | "rode"
            | "broke"
            | "woke"
            | "wore"
            | "caught"
            | "taught"
            | "fought"
            | "sought"
            | "fled"
            | "forgot"
            | "froze"
            | "hid"
            | "slept"
            | "stole"
            | "swore"
            | "withdrew"
            | "understood"
            | "arose"
            | "shook"
            | "sank"
            | "swam"
            | "sang"
            | "dealt"
            | "ago"
            | "last"
            | "earlier"
            | "yesterday"
    )
}

/// Words of a habit: a month or season in their clause is any year's ("sails daily from May").
pub fn habitual_cue(w: &str) -> bool {
    matches!(
        w,
        "usually"
            | "normally"
            | "annually"
            | "yearly"
            | "rarely"
            | "seldom"
            | "sometimes"
            | "traditionally"
            // "busier in August": a month compared with others is any year's
            | "busier"
            | "busiest"
            | "quieter"
            | "quietest"
            | "daily"
            | "weekly"
            | "often"
            | "always"
            | "generally"
            | "typically"
            | "twice"
            | "every"
            // "closed on Mondays and Tuesdays": a weekday in the plural is a habit
            | "mondays"
            | "tuesdays"
            | "wednesdays"
            | "thursdays"
            | "fridays"
            | "saturdays"
            | "sundays"
    )
}

/// Modal verbs: a bare season under one is hypothetical ("would export power in summer").
pub fn modal(w: &str) -> bool {
    matches!(w, "would" | "could" | "can" | "might" | "should" | "must")
}

/// A regular past form ("announced", "projected"), not an "-ed" word that is no verb.
pub fn regular_past(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "need"
                | "speed"
                | "indeed"
                | "hundred"
                | "breed"
                | "seed"
                | "feed"
                | "proceed"
                | "succeed"
                | "deed"
                | "reed"
                | "heed"
                | "weed"
                | "shed"
                | "sled"
        )
}
