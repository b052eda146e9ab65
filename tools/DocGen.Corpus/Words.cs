namespace DocGen.Corpus;

/// <summary>
/// Word lists for the synthetic archive. Everything here was written for the benchmark corpus: invented people,
/// generic institutions and stock phrases. No real document's text is reproduced.
/// </summary>
internal static class Words
{
    public static readonly string[] Surnames =
    {
        "Ivanov", "Petrov", "Sidorenko", "Kuzmin", "Belov", "Orlov", "Zaitsev", "Voronin", "Lebedev", "Sokolov",
        "Gromov", "Tikhonov", "Karpov", "Morozov", "Volkov", "Fedorov", "Nikitin", "Pavlov", "Golubev", "Larin",
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo",
        "Kim", "Pak", "Ri", "Choe", "Jang", "Han", "Jeong", "Kang", "Yun", "Seo",
        "Mueller", "Schmidt", "Weber", "Becker", "Hoffmann", "Krause", "Vogel", "Richter", "Neumann", "Brandt",
        "Szabo", "Toth", "Nagy", "Kovacs", "Horvath", "Popescu", "Ionescu", "Dumitrescu", "Stanescu", "Georgescu",
        "Nowak", "Kowalski", "Wisniewski", "Zielinski", "Dvorak", "Novotny", "Svoboda", "Petrova", "Dimitrov", "Georgiev",
        "Harris", "Turner", "Walsh", "Bennett", "Holloway", "Prescott", "Whitfield", "Carver", "Lindqvist", "Moreau",
        "Tanaka", "Suzuki", "Watanabe", "Kobayashi", "Yamamoto", "Nguyen", "Tran", "Pham", "Le", "Hoang",
    };

    public static readonly string[] Initials = { "A.", "B.", "V.", "G.", "D.", "E.", "I.", "K.", "L.", "M.", "N.", "P.", "S.", "T.", "F." };

    public static readonly string[] Ranks =
    {
        "Comrade", "Ambassador", "Minister", "Deputy Minister", "Counsellor", "General", "Chairman", "Secretary",
        "Consul", "Chargé d'Affaires", "First Secretary", "Premier", "Vice-Premier", "Colonel", "Director",
    };

    public static readonly string[] Cities =
    {
        "Moscow", "Beijing", "Pyongyang", "Berlin", "Warsaw", "Prague", "Budapest", "Bucharest", "Sofia", "Hanoi",
        "Tokyo", "Washington", "London", "Bonn", "Paris", "Belgrade", "Ulaanbaatar", "Havana", "Tirana", "Vienna",
        "Geneva", "Helsinki", "Delhi", "Jakarta", "Cairo", "Seoul", "Taipei", "Rangoon", "Kabul", "Tehran",
    };

    public static readonly string[] Countries =
    {
        "the USSR", "China", "the DPRK", "the GDR", "Poland", "Czechoslovakia", "Hungary", "Romania", "Bulgaria",
        "Vietnam", "Japan", "the United States", "Great Britain", "France", "the FRG", "Yugoslavia", "Mongolia",
        "Cuba", "Albania", "Austria", "Finland", "India", "Indonesia", "Egypt", "Burma", "Afghanistan", "Iran",
    };

    public static readonly string[] Adjectives =
    {
        "Soviet", "Chinese", "Korean", "German", "Polish", "Czechoslovak", "Hungarian", "Romanian", "Bulgarian",
        "Vietnamese", "Japanese", "American", "British", "French", "Yugoslav", "Mongolian", "Cuban", "Albanian",
    };

    public static readonly string[] Organisations =
    {
        "the Ministry of Foreign Affairs", "the Central Committee", "the Politburo", "the General Staff",
        "the State Planning Committee", "the Department of State", "the Foreign Office", "the Council of Ministers",
        "the International Department", "the Trade Mission", "the Ministry of Foreign Trade", "the Party Committee",
        "the Presidium", "the Secretariat", "the Ministry of Defence", "the Committee for State Security",
        "the Academy of Sciences", "the Ministry of Culture", "the Embassy", "the Military Attaché's Office",
    };

    public static readonly string[] Topics =
    {
        "the armistice negotiations", "the trade agreement for the coming year", "the shipment of rolling stock",
        "the exchange of delegations", "the border question", "the supply of grain", "the hydroelectric station",
        "the training of specialists", "the conference of foreign ministers", "the credit agreement",
        "the repatriation of citizens", "radio broadcasts", "the fishing agreement", "the reorganisation of the apparatus",
        "the situation in the southern provinces", "the upcoming party congress", "technical assistance for the steel plant",
        "the joint communiqué", "the printing of newspapers", "the exchange of students", "the parliamentary delegation",
        "civil aviation routes", "the opening of a consulate", "the supply of fuel", "the air defence system", "the harvest",
        "the treaty of friendship", "the cultural programme", "the scientific cooperation plan", "the port facilities",
        "the railway timetable", "the customs regulations", "the payment of the loan", "the textile deliveries",
        "the medical mission", "the refugee camps", "the observer commission", "the coastal shipping line",
    };

    public static readonly string[] Types =
    {
        "Ciphered Telegram", "Telegram", "Report", "Letter", "Cable", "Note", "Directive", "Resolution",
        "Information Note", "Summary Report", "Draft Resolution", "Instruction", "Memorandum", "Record of Conversation",
        "Minutes of Conversation", "Memorandum of Conversation", "Journal Entry", "Circular", "Protocol", "Dispatch",
    };

    public static readonly string[] PastVerbs =
    {
        "informed", "assured", "reminded", "told", "warned", "asked", "briefed", "notified", "reassured", "advised",
    };

    public static readonly string[] Credits =
    {
        "Translated for CWIHP by {R}.", "Obtained for CWIHP by {R} and translated by {R}.", "Contributed by {R}.",
        "Translated by {R}.", "Obtained by {R}. Translated by {R}.", "Contributed, transcribed, and translated by {R}.",
        "Donated by {R}.", "Obtained and contributed by {R}.", "Transcribed by {R}.",
    };

    public static readonly string[] CreditNames =
    {
        "Anna Keller", "Martin Ross", "Helen Park", "David Ferreira", "Olga Sands", "Thomas Brandt", "Irene Holm",
        "Peter Laszlo", "Mei Lin", "Sergei Voss", "Laura Quinn", "Jonas Berg", "Hye-jin Cho", "Nadia Rusu", "Karl Frey",
    };

    public static readonly string[] Languages =
    {
        "Russian", "Chinese", "English", "German", "Korean", "Japanese", "Hungarian", "Romanian", "Bulgarian",
        "Polish", "Czech", "Vietnamese", "Mongolian", "French", "Serbo-Croatian", "Albanian",
    };

    public static readonly string[] Contents =
    {
        "Translation - English", "English Transcription", "Original Scan", "Translation - English, Original Scan",
        "Transcript - Russian", "Translation - English, Transcript - Chinese",
    };

    public static readonly string[] EnglishSentences =
    {
        "We received your telegram of {D} concerning {T}.",
        "{P} {V} us that {O} had approved the plan for {T}.",
        "The question of {T} was discussed at length, and both sides agreed to return to it after the holidays.",
        "In the opinion of {O}, {T} cannot be settled before the end of the year.",
        "It is necessary to inform {P} that the delegation will arrive in {C} no later than {D}.",
        "{P} stated that {N} specialists had already left for {C} and that a further group was being prepared.",
        "The firm position taken by {O} has already given positive results.",
        "We consider that you must reach an understanding with the comrades in {C} about {T}.",
        "According to the information received, the shipment of {N} tons has been delayed by the weather.",
        "The embassy believes that {T} will be raised again during the visit of {P}.",
        "{P} expressed satisfaction with the progress made on {T} and asked that the documents be sent to {C}.",
        "No objections were raised to the draft, although {P} asked for time to consult {O}.",
        "It was decided to set up a working group of {N} persons to prepare proposals on {T}.",
        "The local press has published several articles on {T}, all of them restrained in tone.",
        "As a result of the talks, the parties signed a protocol on {T}.",
        "{P} remarked that the people of {K} were following the negotiations with great attention.",
        "The costs of {T} will be covered from the reserve fund of {O}.",
        "I request that you give orders to hasten the delivery of the equipment needed for {T}.",
        "The conversation lasted about {N} minutes and took place in a friendly atmosphere.",
        "Please confirm receipt and report on the measures taken.",
        "{P} noted that the situation in {C} had become more tense since the beginning of the month.",
        "The matter of {T} should be referred to {O} for a final decision.",
        "Our information indicates that {K} intends to propose a new round of talks on {T}.",
        "{P} promised to give an answer within {N} days.",
        "The ambassador was received by {P}, who spoke openly about {T}.",
        "Both sides stressed the importance of {T} for the further development of relations.",
        "The report was read and approved with minor corrections.",
        "We have investigated the question jointly with {O} and reached the following conclusions.",
        "It is recommended to postpone {T} until the results of the survey are known.",
        "The delegation from {K} will consist of {N} members, headed by {P}.",
    };

    public static readonly string[] Headings =
    {
        "TOP SECRET", "SECRET", "URGENT", "SPECIAL", "TOP PRIORITY", "STRICTLY CONFIDENTIAL", "COPY No. {N}",
        "FOR THE FILE", "NOT FOR PUBLICATION", "Classification: Secret", "Indefinite Duration", "Copy {N} of {M}",
    };

    public static readonly string[] RussianWords =
    {
        "товарищ", "посол", "министерство", "иностранных", "дел", "правительство", "переговоры", "делегация", "вопрос",
        "соглашение", "торговля", "поставка", "зерна", "угля", "специалистов", "подготовка", "совещание", "решение",
        "комитет", "центральный", "секретарь", "информация", "сообщает", "просим", "указание", "срочно", "положение",
        "границы", "обмен", "студентов", "строительство", "станции", "помощь", "техническая", "заявил", "согласен",
        "предложение", "ответ", "телеграмма", "получена", "проект", "договора", "дружбы", "сотрудничества", "культурного",
        "рабочая", "группа", "председатель", "совета", "министров", "военный", "атташе", "посольство", "консульство",
        "вопросам", "экономического", "плана", "года", "месяца", "необходимо", "считаем", "возможным", "также", "после",
    };

    public static readonly string[] ChineseSyllables =
    {
        "关于", "问题", "同志", "中央", "政府", "会谈", "代表团", "协定", "贸易", "经济", "合作", "援助", "意见", "报告",
        "外交部", "大使", "表示", "认为", "必须", "我们", "他们", "双方", "进行", "讨论", "决定", "工作", "方面", "情况",
        "今年", "明年", "计划", "建设", "专家", "运输", "粮食", "煤炭", "铁路", "港口", "边界", "友好", "条约", "签订",
        "同意", "建议", "答复", "电报", "收到", "希望", "尽快", "安排", "访问", "主席", "总理", "部长", "会议", "通知",
    };

    public static readonly string[] KoreanSyllables =
    {
        "동지", "정부", "대표단", "회담", "협정", "무역", "경제", "협조", "원조", "의견", "보고", "외무성", "대사",
        "문제", "우리", "그들", "쌍방", "토론", "결정", "사업", "정형", "계획", "건설", "전문가", "운수", "철도",
    };

    public static readonly string[] RussianTitleWords =
    {
        "Шифротелеграмма", "Записка", "Письмо", "Донесение", "Справка", "Запись беседы", "Телеграмма", "Постановление",
    };

    public static readonly string[] ChineseTitleWords = { "电报", "报告", "谈话记录", "指示", "通知", "会议纪要" };

    public static readonly string[] TitleTails =
    {
        ", on {T}", " Regarding {T}", " and {T}", ", with Comments on {T}", " Concerning {T}", " ({D})",
        ", Attaching a Draft on {T}", " about the Position of {K}", ", and the Reply of {O}", " in {C}",
    };
}
