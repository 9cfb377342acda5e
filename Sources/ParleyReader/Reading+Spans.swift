import ParleyModel
import ParleyText

extension Reading {
    /// Converts every span from UTF-8 byte offsets to Unicode-scalar offsets of the text.
    /// (In place: a copy would copy every event and meeting.)
    mutating func convertToScalarSpans(_ text: SourceText) {
        if text.isASCII { return }
        func fix(_ e: inout Evidence) { e.span = text.scalarSpan(e.span) }
        func fix(_ p: inout Person) { fix(&p.evidence) }
        for m in meetings.indices {
            for key in meetings[m].evidence.keys { fix(&meetings[m].evidence[key]!) }
            for d in meetings[m].delegations.indices {
                if meetings[m].delegations[d].head != nil { fix(&meetings[m].delegations[d].head!) }
                for k in meetings[m].delegations[d].members.indices { fix(&meetings[m].delegations[d].members[k]) }
            }
            for o in meetings[m].outcomes.indices { fix(&meetings[m].outcomes[o].evidence) }
            if meetings[m].next != nil { fix(&meetings[m].next!.evidence) }
            if meetings[m].anniversary != nil { fix(&meetings[m].anniversary!.evidence) }
        }
        for e in events.indices {
            fix(&events[e].evidence)
            fix(&events[e].source.evidence)
            if events[e].target != nil { fix(&events[e].target!.evidence) }
        }
        for d in diagnostics.indices {
            if let s = diagnostics[d].evidence { diagnostics[d].evidence = text.scalarSpan(s) }
        }
    }
}
