/// The word lists the generator fills its sentence templates from.
enum Vocabulary {
    static let mechanisms = [
        "Bilateral Political Consultations", "Foreign Office Consultations", "Political Consultations",
        "Interministerial Consultations", "Foreign Ministry Consultations", "Consular Consultations",
        "Policy Planning Dialogue", "Strategic Dialogue", "Security Dialogue", "Joint Working Group",
        "Joint Commission", "Political Consultation Committee", "Joint Coordination Committee",
        "Strategic Partnership Dialogue", "Counter-Terrorism Dialogue", "Bilateral Consultative Mechanism",
    ]
    static let acronyms = [
        "Bilateral Political Consultations": "BPC", "Foreign Office Consultations": "FOC",
    ]
    static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let topics = [
        "political", "economic", "trade", "investment", "defence", "security", "energy", "education",
        "culture", "agriculture", "connectivity", "tourism", "health", "science and technology",
        "counter-terrorism", "consular affairs", "climate change", "information technology",
        "people-to-people contacts", "maritime", "transport", "banking", "water resources", "space",
    ]
    static let regional = [
        "Afghanistan", "the Middle East", "South Asia", "Central Asia", "the Korean Peninsula", "Gaza",
        "the South China Sea", "the Horn of Africa", "the Sahel", "the Western Balkans", "the Red Sea",
        "the South Caucasus", "the Black Sea", "Syria", "Yemen", "Sudan", "Libya", "Myanmar", "Ukraine",
    ]
    static let forums = [
        "the United Nations", "the UN Security Council", "the Shanghai Cooperation Organisation",
        "the Organisation of Islamic Cooperation", "BRICS", "the G20", "ASEAN", "the African Union",
        "the Non-Aligned Movement", "the World Trade Organization", "CICA", "the OSCE",
    ]
    static let tones = ["positive", "upward", "steady", "sustained", "encouraging"]
    static let buildings = [
        "the Ministry of Foreign Affairs", "the State Guest House", "the Foreign Office",
        "the Diplomatic Academy", "the Ministry's conference hall",
    ]
    static let sources = [
        "the Ministry of Foreign Affairs said in a statement", "according to a press release issued by the Foreign Office",
        "the ministry said", "officials said", "a spokesperson said", "the ministry's press service reported",
    ]
    static let anniversaries = [25, 30, 40, 50, 60, 70, 75]
}

extension Array where Element == String {
    /// "a", "a and b", "a, b and c".
    var joinedAsList: String {
        switch count {
        case 0: return ""
        case 1: return self[0]
        default: return dropLast().joined(separator: ", ") + " and " + last!
        }
    }
}
