/// The facts of one generated report, drawn before any sentence is written.
struct ReportPlan {
    let a: CountryProfile
    let b: CountryProfile
    let headA: (title: String, name: String)
    let headB: (title: String, name: String)
    let mechanism: String
    let round: Int?
    let city: String
    let date: CalendarDay
    let published: CalendarDay
    /// Days from the meeting to publication.
    let daysToPublication: Int
    let isVirtual: Bool
    let isPreview: Bool
    let topics: [String]
    let regional: [String]
    let forums: [String]

    init(_ rng: inout SplitMix64) {
        let pair = rng.sample(CountryProfile.all, 2)
        (a, b) = (pair[0], pair[1])
        headA = (rng.pick(a.titles), rng.pick(a.people))
        headB = (rng.pick(b.titles), rng.pick(b.people))
        mechanism = rng.pick(Vocabulary.mechanisms)
        round = rng.chance(0.6) ? rng.int(1...15) : nil
        city = rng.chance(0.6) ? a.venue(&rng) : b.venue(&rng)
        date = CalendarDay.random(&rng)
        isPreview = rng.chance(0.1)
        daysToPublication = isPreview ? 0 : rng.int(0...2)
        published = date.adding(days: daysToPublication)
        isVirtual = rng.chance(0.12)
        topics = rng.sample(Vocabulary.topics, rng.int(2...7))
        regional = rng.sample(Vocabulary.regional, rng.int(0...4))
        forums = rng.sample(Vocabulary.forums, rng.int(0...3))
    }

    /// Which country hosts: the one whose capital or city is the venue.
    var host: CountryProfile { ([a.capital] + a.cities).contains(city) ? a : b }
    var guest: CountryProfile { host.name == a.name ? b : a }
    var pairName: String { "\(a.name)-\(b.name)" }

    /// "fifth" or "5th".
    func ordinal(_ rng: inout SplitMix64) -> String? {
        guard let round else { return nil }
        if rng.chance(0.6) { return Vocabulary.ordinals[round - 1] }
        let suffix: String
        switch (round % 100, round % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(round)\(suffix)"
    }
}
