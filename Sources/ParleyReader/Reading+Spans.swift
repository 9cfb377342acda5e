import ParleyModel
import ParleyText

extension Reading {
    /// Converts every span from UTF-8 byte offsets to Unicode-scalar offsets of the text.
    func scalarSpans(_ text: SourceText) -> Reading {
        if text.isASCII { return self }
        var r = self
        func fix(_ e: inout Evidence) { e.span = text.scalarSpan(e.span) }
        func fix(_ p: inout Person) { fix(&p.evidence) }
        for m in r.meetings.indices {
            for key in r.meetings[m].evidence.keys { fix(&r.meetings[m].evidence[key]!) }
            for d in r.meetings[m].delegations.indices {
                if r.meetings[m].delegations[d].head != nil { fix(&r.meetings[m].delegations[d].head!) }
                for k in r.meetings[m].delegations[d].members.indices { fix(&r.meetings[m].delegations[d].members[k]) }
            }
            for o in r.meetings[m].outcomes.indices { fix(&r.meetings[m].outcomes[o].evidence) }
            if r.meetings[m].next != nil { fix(&r.meetings[m].next!.evidence) }
            if r.meetings[m].anniversary != nil { fix(&r.meetings[m].anniversary!.evidence) }
        }
        for e in r.events.indices {
            fix(&r.events[e].evidence)
            fix(&r.events[e].source.evidence)
            if r.events[e].target != nil { fix(&r.events[e].target!.evidence) }
        }
        for d in r.diagnostics.indices {
            if let s = r.diagnostics[d].evidence { r.diagnostics[d].evidence = text.scalarSpan(s) }
        }
        return r
    }
}
