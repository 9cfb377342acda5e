import ParleyModel

extension Reading {
    /// The Reading as JSON, keys in the documented order; `id` is added for batch lines.
    public func json(id: String? = nil) -> String {
        var w = JSONWriter()
        w.beginObject()
        if let id { w.field("id", id) }
        w.key("document")
        w.beginObject()
        w.field("title", document.title)
        w.field("published", document.published?.description)
        w.field("sha256", document.sha256)
        w.endObject()
        w.key("meetings")
        w.beginArray()
        for m in meetings { m.write(to: &w) }
        w.endArray()
        w.key("events")
        w.beginArray()
        for e in events { e.write(to: &w) }
        w.endArray()
        w.key("diagnostics")
        w.beginArray()
        for d in diagnostics {
            w.beginObject()
            w.field("severity", d.severity.rawValue)
            w.field("message", d.message)
            w.key("evidence")
            if let s = d.evidence { s.write(to: &w) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.output
    }
}

extension Span {
    func write(to w: inout JSONWriter, rule: String? = nil) {
        w.beginObject()
        w.field("start", start)
        w.field("end", end)
        if let rule { w.field("rule", rule) }
        w.endObject()
    }
}

extension Evidence {
    func write(to w: inout JSONWriter) { span.write(to: &w, rule: rule) }
}

extension Venue {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("city", city)
        w.field("country", country)
        w.endObject()
    }
}

extension Person {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("name", name)
        w.field("title", title)
        w.key("evidence")
        evidence.write(to: &w)
        w.endObject()
    }
}

extension Meeting {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind.rawValue)
        w.field("mechanism", mechanism)
        w.field("parties", parties)
        w.field("round", round)
        w.field("status", status.rawValue)
        w.field("date", date?.description)
        w.field("date_precision", date?.precision.rawValue)
        w.key("venue")
        if let venue { venue.write(to: &w) } else { w.null() }
        w.field("format", format?.rawValue)
        w.key("delegations")
        w.beginArray()
        for d in delegations {
            w.beginObject()
            w.field("country", d.country)
            w.key("head")
            if let h = d.head { h.write(to: &w) } else { w.null() }
            w.key("members")
            w.beginArray()
            for p in d.members { p.write(to: &w) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.field("topics", topics)
        w.key("outcomes")
        w.beginArray()
        for o in outcomes {
            w.beginObject()
            w.field("kind", o.kind.rawValue)
            w.field("text", o.text)
            w.field("topics", o.topics)
            w.key("evidence")
            o.evidence.write(to: &w)
            w.endObject()
        }
        w.endArray()
        w.field("regional_issues", regionalIssues)
        w.field("multilateral_forums", multilateralForums)
        w.key("next")
        if let n = next {
            w.beginObject()
            w.key("venue")
            if let v = n.venue { v.write(to: &w) } else { w.null() }
            w.field("date", n.date?.description)
            w.field("when", n.when)
            w.key("evidence")
            n.evidence.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.key("anniversary")
        if let a = anniversary {
            w.beginObject()
            w.field("years", a.years)
            w.field("of", a.of)
            w.key("evidence")
            a.evidence.write(to: &w)
            w.endObject()
        } else {
            w.null()
        }
        w.key("evidence")
        w.beginObject()
        for k in evidence.keys.sorted() {
            w.key(k)
            evidence[k]!.write(to: &w)
        }
        w.endObject()
        w.endObject()
    }
}

extension EventActor {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("country", country)
        w.field("sector", sector)
        w.field("text", text)
        w.key("evidence")
        evidence.write(to: &w)
        w.endObject()
    }
}

extension Event {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", code)
        w.field("label", label)
        w.field("root", root)
        w.field("plover", plover)
        w.field("quad", quad)
        w.key("goldstein")
        w.double(goldstein)
        w.key("source")
        source.write(to: &w)
        w.key("target")
        if let t = target { t.write(to: &w) } else { w.null() }
        w.field("date", date?.description)
        w.key("negated")
        w.bool(negated)
        w.field("mode", mode.rawValue)
        w.field("meeting", meeting)
        w.field("rule", evidence.rule)
        w.key("evidence")
        evidence.span.write(to: &w)
        w.endObject()
    }
}
