/// One country as reports name it: its name, adjective, cities and the officials who lead its delegations.
struct CountryProfile: Sendable {
    let name: String
    let adjective: String
    let capital: String
    let cities: [String]
    /// Titles that head this country's delegations at consultations.
    let titles: [String]
    /// Invented officials' names.
    let people: [String]

    /// A venue: the capital most of the time, sometimes another city.
    func venue(_ rng: inout SplitMix64) -> String {
        cities.isEmpty || rng.chance(0.7) ? capital : rng.pick(cities)
    }
}

extension CountryProfile {
    /// The countries the generator draws pairs from (names and titles as the lexicon knows them; people invented).
    static let all: [CountryProfile] = [
        .init(
            name: "Pakistan", adjective: "Pakistani", capital: "Islamabad", cities: ["Lahore", "Karachi"],
            titles: ["Foreign Secretary", "Additional Foreign Secretary", "Special Secretary"],
            people: ["Imran Haider Malik", "Saima Rauf Qureshi", "Khalid Mehmood Bajwa", "Nadia Aslam Chaudhry"]),
        .init(
            name: "Russia", adjective: "Russian", capital: "Moscow", cities: ["Saint Petersburg", "Kazan"],
            titles: ["Deputy Foreign Minister", "Director of the Second Asian Department", "Special Representative"],
            people: ["Andrei Viktorovich Sokolov", "Irina Pavlovna Morozova", "Dmitry Olegovich Lebedev"]),
        .init(
            name: "India", adjective: "Indian", capital: "New Delhi", cities: ["Mumbai", "Kolkata"],
            titles: ["Foreign Secretary", "Secretary", "Joint Secretary"],
            people: ["Arvind Kumar Mehra", "Shalini Iyer", "Rajeev Nath Sinha", "Pooja Venkataraman"]),
        .init(
            name: "Türkiye", adjective: "Turkish", capital: "Ankara", cities: ["Istanbul", "Izmir"],
            titles: ["Deputy Foreign Minister", "Director General"],
            people: ["Mehmet Ali Yıldırım", "Ayşe Nur Demirtaş", "Kemal Emre Aksoy"]),
        .init(
            name: "Indonesia", adjective: "Indonesian", capital: "Jakarta", cities: ["Bali", "Surabaya"],
            titles: ["Vice Minister of Foreign Affairs", "Director General"],
            people: ["Budi Santoso Wirawan", "Retno Dewi Lestari", "Agus Prasetyo"]),
        .init(
            name: "Uzbekistan", adjective: "Uzbek", capital: "Tashkent", cities: ["Samarkand", "Bukhara"],
            titles: ["Deputy Foreign Minister", "First Deputy Foreign Minister"],
            people: ["Bakhtiyor Saidov Karimovich", "Dilnoza Rakhimova", "Furkat Sidikov"]),
        .init(
            name: "France", adjective: "French", capital: "Paris", cities: ["Lyon", "Marseille"],
            titles: ["Secretary General", "Political Director", "Director"],
            people: ["Anne-Claire Dubois", "Philippe Marchand", "Hélène Rousseau"]),
        .init(
            name: "Vietnam", adjective: "Vietnamese", capital: "Hanoi", cities: ["Ho Chi Minh City", "Da Nang"],
            titles: ["Deputy Foreign Minister", "Vice Minister"],
            people: ["Nguyen Minh Thanh", "Tran Thi Lan Anh", "Pham Quang Hieu"]),
        .init(
            name: "Iran", adjective: "Iranian", capital: "Tehran", cities: ["Isfahan", "Mashhad"],
            titles: ["Deputy Foreign Minister", "Director General"],
            people: ["Mohammad Reza Farahani", "Ali Akbar Soltani", "Kazem Gharibabadi Nouri"]),
        .init(
            name: "Azerbaijan", adjective: "Azerbaijani", capital: "Baku", cities: ["Ganja", "Shusha"],
            titles: ["Deputy Foreign Minister"],
            people: ["Elnur Mammadov Aliyev", "Leyla Hasanova", "Rashad Guliyev"]),
        .init(
            name: "Kazakhstan", adjective: "Kazakh", capital: "Astana", cities: ["Almaty", "Shymkent"],
            titles: ["Deputy Foreign Minister", "First Deputy Foreign Minister"],
            people: ["Yerlan Bekmukhamedov", "Aigerim Nurlanovna Sultanova", "Roman Vassilenko Tulegenov"]),
        .init(
            name: "Egypt", adjective: "Egyptian", capital: "Cairo", cities: ["Alexandria", "Sharm El-Sheikh"],
            titles: ["Assistant Foreign Minister", "Deputy Foreign Minister"],
            people: ["Ahmed Samir Fahmy", "Nermine El-Sayed", "Hossam Eldin Zaki"]),
        .init(
            name: "Greece", adjective: "Greek", capital: "Athens", cities: ["Thessaloniki"],
            titles: ["Secretary General", "Deputy Foreign Minister"],
            people: ["Nikolaos Papadakis", "Eleni Konstantinou", "Georgios Vlachos"]),
        .init(
            name: "Brazil", adjective: "Brazilian", capital: "Brasilia", cities: ["Rio de Janeiro", "Sao Paulo"],
            titles: ["Secretary General", "Secretary for Political Affairs"],
            people: ["Maria Laura da Rocha Lima", "João Paulo Ferreira", "Carlos Eduardo Moura"]),
        .init(
            name: "Mexico", adjective: "Mexican", capital: "Mexico City", cities: ["Guadalajara", "Monterrey"],
            titles: ["Under Secretary", "Deputy Foreign Minister"],
            people: ["Carmen Moreno Toscano", "Luis Alberto Gutiérrez", "Ana Sofía Hernández"]),
        .init(
            name: "Kenya", adjective: "Kenyan", capital: "Nairobi", cities: ["Mombasa", "Kisumu"],
            titles: ["Principal Secretary", "Permanent Secretary"],
            people: ["Peter Kipchoge Mutua", "Grace Wanjiru Kamau", "Samuel Otieno Ochieng"]),
        .init(
            name: "Ethiopia", adjective: "Ethiopian", capital: "Addis Ababa", cities: ["Bahir Dar"],
            titles: ["State Minister", "Director General"],
            people: ["Mesfin Tadesse Alemu", "Birtukan Ayele Gebre", "Redwan Hussien Ahmed"]),
        .init(
            name: "Spain", adjective: "Spanish", capital: "Madrid", cities: ["Barcelona", "Seville"],
            titles: ["Secretary of State", "Director General"],
            people: ["Javier Martínez Ruiz", "Lucía Fernández Ortega", "Diego Navarro Castillo"]),
        .init(
            name: "Morocco", adjective: "Moroccan", capital: "Rabat", cities: ["Casablanca", "Marrakech"],
            titles: ["Secretary General", "Director"],
            people: ["Youssef Amrani Benali", "Fatima Zahra Alaoui", "Karim Bennani"]),
        .init(
            name: "Japan", adjective: "Japanese", capital: "Tokyo", cities: ["Osaka", "Kyoto"],
            titles: ["Vice-Minister for Foreign Affairs", "Director-General", "Deputy Minister"],
            people: ["Takeshi Okamura", "Yuko Hasegawa", "Hiroshi Nakamura"]),
        .init(
            name: "Philippines", adjective: "Philippine", capital: "Manila", cities: ["Cebu", "Davao"],
            titles: ["Undersecretary", "Assistant Secretary"],
            people: ["Maria Theresa Lazaro", "Jose Antonio Reyes", "Ramon Villanueva Cruz"]),
        .init(
            name: "Nepal", adjective: "Nepali", capital: "Kathmandu", cities: ["Pokhara"],
            titles: ["Foreign Secretary", "Joint Secretary"],
            people: ["Sewa Lamsal Adhikari", "Bharat Raj Paudyal", "Amrit Bahadur Rai"]),
        .init(
            name: "Bangladesh", adjective: "Bangladeshi", capital: "Dhaka", cities: ["Chittagong", "Sylhet"],
            titles: ["Foreign Secretary", "Secretary"],
            people: ["Masud Bin Momen Chowdhury", "Nasreen Akhter", "Tareq Md Ariful Islam"]),
        .init(
            name: "Poland", adjective: "Polish", capital: "Warsaw", cities: ["Krakow", "Gdansk"],
            titles: ["Secretary of State", "Undersecretary of State"],
            people: ["Tomasz Wiśniewski", "Agnieszka Nowak", "Piotr Kowalczyk"]),
        .init(
            name: "Ukraine", adjective: "Ukrainian", capital: "Kyiv", cities: ["Lviv", "Odesa"],
            titles: ["Deputy Foreign Minister", "First Deputy Foreign Minister"],
            people: ["Oleksandr Kovalenko", "Iryna Bondarenko", "Mykola Shevchuk"]),
        .init(
            name: "China", adjective: "Chinese", capital: "Beijing", cities: ["Shanghai", "Guangzhou"],
            titles: ["Vice Foreign Minister", "Assistant Foreign Minister", "Special Envoy"],
            people: ["Liu Jianguo", "Zhang Meiling", "Wang Xiaodong"]),
        .init(
            name: "Saudi Arabia", adjective: "Saudi", capital: "Riyadh", cities: ["Jeddah"],
            titles: ["Deputy Foreign Minister", "Undersecretary"],
            people: ["Waleed Abdulkarim Al-Khuraiji", "Faisal bin Saad Al-Otaibi", "Abdulrahman Al-Rassi"]),
        .init(
            name: "South Africa", adjective: "South African", capital: "Pretoria", cities: ["Cape Town", "Durban"],
            titles: ["Deputy Minister", "Director-General"],
            people: ["Thandiwe Mokoena", "Sipho Ndlovu", "Nomvula Dlamini"]),
        .init(
            name: "Argentina", adjective: "Argentine", capital: "Buenos Aires", cities: ["Cordoba", "Rosario"],
            titles: ["Secretary of Foreign Affairs", "Under Secretary"],
            people: ["Pablo Andrés Quiroga", "Valeria Soledad Paz", "Martín Eduardo Rivas"]),
        .init(
            name: "Chile", adjective: "Chilean", capital: "Santiago", cities: ["Valparaiso"],
            titles: ["Under Secretary", "Director General"],
            people: ["Gloria de la Fuente González", "Rodrigo Alejandro Soto", "Paula Narváez Ojeda"]),
        .init(
            name: "Italy", adjective: "Italian", capital: "Rome", cities: ["Milan", "Naples"],
            titles: ["Secretary General", "Director General for Political Affairs"],
            people: ["Giovanni Battista Romano", "Francesca Lombardi", "Marco Antonio Esposito"]),
        .init(
            name: "Sri Lanka", adjective: "Sri Lankan", capital: "Colombo", cities: ["Kandy"],
            titles: ["Foreign Secretary", "Additional Secretary"],
            people: ["Aruni Wijewardane Perera", "Kshenuka Senewiratne Silva", "Mahinda Gunasekara"]),
    ]
}
