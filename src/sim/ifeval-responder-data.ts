/**
 * The text the simulated IFEval model writes with: plain English sentence pools, words by first
 * letter, and a few plain sentences per language the reference can ask for. Data only; the
 * logic is in ifeval-responder.ts.
 */

// Pools for plain English sentences: word salad reads as German to langdetect once upper-cased,
// while "the quiet river finds the old bridge" stays English in any case.
export const POOLS = {
  det: 'the this that our every'.split(' '),
  adj: 'quiet green bright gentle little warm soft old new calm small happy simple cold wild tall slow good kind deep dark long round sweet bold busy wide tiny true honest ancient'.split(
    ' ',
  ),
  noun: (
    'river garden morning window ocean paper coffee summer mountain forest valley basket bottle candle castle harbor ' +
    'island market meadow pocket rabbit tunnel wagon winter blanket feather turtle apple lemon dog cat fox owl cup hat bus ' +
    'map book lamp road path hill pond lake rain snow wind tree bird fish song bread soup town water team table tower ' +
    'trail wall world house home hour idea animal'
  ).split(' '),
  verb: 'sees finds holds likes makes takes keeps wants needs brings meets follows watches visits reaches leaves walks turns touches opens'.split(
    ' ',
  ),
  prep: 'with near under over from into behind beside along past through by for to toward at on in'.split(
    ' ',
  ),
  of: ['of'],
  and: ['and'],
  is: ['is', 'was'],
};

/** Words that carry a given letter, for "at least n of letter x". */
export const LETTER_WORDS = [
  ...POOLS.noun,
  ...POOLS.adj,
  ...POOLS.verb,
  ...'jazz juice jelly jacket quiz queen quilt box wax zoo zebra kite velvet violin yellow'.split(' '),
];

/** A few plain sentences per language the reference can ask for, for langdetect to recognise. */
export const LANGUAGE_TEXT: Record<string, string[]> = {
  es: [
    'El sol brilla sobre la ciudad tranquila.',
    'Los niños juegan en el parque cada tarde.',
    'Me gusta leer libros en la biblioteca.',
    'La comida de mi abuela es muy sabrosa.',
  ],
  pt: [
    'O sol brilha sobre a cidade tranquila.',
    'As crianças brincam no parque todas as tardes.',
    'Eu gosto de ler livros na biblioteca.',
    'A comida da minha avó é muito saborosa.',
  ],
  fr: [
    'Le soleil brille sur la ville tranquille.',
    'Les enfants jouent dans le parc chaque après-midi.',
    "J'aime lire des livres à la bibliothèque.",
    'La cuisine de ma grand-mère est délicieuse.',
  ],
  de: [
    'Die Sonne scheint über der ruhigen Stadt.',
    'Die Kinder spielen jeden Nachmittag im Park.',
    'Ich lese gern Bücher in der Bibliothek.',
    'Das Essen meiner Großmutter ist sehr lecker.',
  ],
  it: [
    'Il sole splende sulla città tranquilla.',
    'I bambini giocano nel parco ogni pomeriggio.',
    'Mi piace leggere libri in biblioteca.',
    'La cucina di mia nonna è molto buona.',
  ],
  ru: [
    'Солнце светит над тихим городом.',
    'Дети играют в парке каждый день.',
    'Я люблю читать книги в библиотеке.',
    'Еда моей бабушки очень вкусная.',
  ],
  uk: [
    'Сонце світить над тихим містом.',
    'Діти граються в парку щодня.',
    'Я люблю читати книжки в бібліотеці.',
    'Їжа моєї бабусі дуже смачна.',
  ],
  bg: [
    'Слънцето грее над тихия град.',
    'Децата играят в парка всеки ден.',
    'Обичам да чета книги в библиотеката.',
    'Храната на баба ми е много вкусна.',
  ],
  pl: [
    'Słońce świeci nad spokojnym miastem.',
    'Dzieci bawią się w parku każdego dnia.',
    'Lubię czytać książki w bibliotece.',
    'Jedzenie mojej babci jest bardzo smaczne.',
  ],
  fi: [
    'Aurinko paistaa hiljaisen kaupungin yllä.',
    'Lapset leikkivät puistossa joka päivä.',
    'Luen mielelläni kirjoja kirjastossa.',
    'Isoäitini ruoka on todella hyvää.',
  ],
  vi: [
    'Mặt trời chiếu sáng trên thành phố yên tĩnh.',
    'Trẻ em chơi trong công viên mỗi ngày.',
    'Tôi thích đọc sách ở thư viện.',
    'Món ăn của bà tôi rất ngon.',
  ],
  sw: [
    'Jua linawaka juu ya mji mtulivu.',
    'Watoto wanacheza katika bustani kila siku.',
    'Ninapenda kusoma vitabu katika maktaba.',
    'Chakula cha bibi yangu ni kitamu sana.',
  ],
  ar: [
    'الشمس تشرق فوق المدينة الهادئة.',
    'يلعب الأطفال في الحديقة كل يوم.',
    'أحب قراءة الكتب في المكتبة.',
    'طعام جدتي لذيذ جدا.',
  ],
  fa: [
    'خورشید بر فراز شهر آرام می‌تابد.',
    'کودکان هر روز در پارک بازی می‌کنند.',
    'من دوست دارم در کتابخانه کتاب بخوانم.',
    'غذای مادربزرگم خیلی خوشمزه است.',
  ],
  ur: [
    'سورج پرسکون شہر پر چمکتا ہے.',
    'بچے ہر روز پارک میں کھیلتے ہیں.',
    'مجھے لائبریری میں کتابیں پڑھنا پسند ہے.',
    'میری دادی کا کھانا بہت مزیدار ہے.',
  ],
  he: [
    'השמש זורחת מעל העיר השקטה.',
    'הילדים משחקים בפארק כל יום.',
    'אני אוהב לקרוא ספרים בספרייה.',
    'האוכל של סבתא שלי טעים מאוד.',
  ],
  hi: [
    'सूरज शांत शहर के ऊपर चमकता है.',
    'बच्चे हर दिन पार्क में खेलते हैं.',
    'मुझे पुस्तकालय में किताबें पढ़ना पसंद है.',
    'मेरी दादी का खाना बहुत स्वादिष्ट है.',
  ],
  mr: [
    'सूर्य शांत शहरावर चमकतो.',
    'मुले दररोज उद्यानात खेळतात.',
    'मला ग्रंथालयात पुस्तके वाचायला आवडते.',
    'माझ्या आजीचे जेवण खूप चविष्ट आहे.',
  ],
  ne: [
    'सूर्य शान्त सहरमाथि चम्किन्छ.',
    'केटाकेटीहरू हरेक दिन पार्कमा खेल्छन्.',
    'मलाई पुस्तकालयमा किताब पढ्न मन पर्छ.',
    'मेरो हजुरआमाको खाना धेरै मीठो छ.',
  ],
  bn: [
    'সূর্য শান্ত শহরের উপর জ্বলছে.',
    'শিশুরা প্রতিদিন পার্কে খেলা করে.',
    'আমি গ্রন্থাগারে বই পড়তে ভালোবাসি.',
    'আমার দাদির রান্না খুব সুস্বাদু.',
  ],
  pa: [
    'ਸੂਰਜ ਸ਼ਾਂਤ ਸ਼ਹਿਰ ਉੱਤੇ ਚਮਕਦਾ ਹੈ.',
    'ਬੱਚੇ ਹਰ ਰੋਜ਼ ਪਾਰਕ ਵਿੱਚ ਖੇਡਦੇ ਹਨ.',
    'ਮੈਨੂੰ ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ ਕਿਤਾਬਾਂ ਪੜ੍ਹਨਾ ਪਸੰਦ ਹੈ.',
    'ਮੇਰੀ ਦਾਦੀ ਦਾ ਖਾਣਾ ਬਹੁਤ ਸੁਆਦੀ ਹੈ.',
  ],
  gu: [
    'સૂરજ શાંત શહેર પર ચમકે છે.',
    'બાળકો દરરોજ બગીચામાં રમે છે.',
    'મને પુસ્તકાલયમાં પુસ્તકો વાંચવા ગમે છે.',
    'મારી દાદીનું ભોજન ખૂબ સ્વાદિષ્ટ છે.',
  ],
  ta: [
    'சூரியன் அமைதியான நகரத்தின் மீது பிரகாசிக்கிறது.',
    'குழந்தைகள் தினமும் பூங்காவில் விளையாடுகிறார்கள்.',
    'எனக்கு நூலகத்தில் புத்தகங்கள் படிக்க பிடிக்கும்.',
    'என் பாட்டியின் சமையல் மிகவும் சுவையாக இருக்கும்.',
  ],
  te: [
    'సూర్యుడు ప్రశాంతమైన నగరంపై ప్రకాశిస్తాడు.',
    'పిల్లలు ప్రతిరోజూ పార్కులో ఆడుకుంటారు.',
    'నాకు గ్రంథాలయంలో పుస్తకాలు చదవడం ఇష్టం.',
    'మా అమ్మమ్మ వంట చాలా రుచిగా ఉంటుంది.',
  ],
  kn: [
    'ಸೂರ್ಯ ಶಾಂತ ನಗರದ ಮೇಲೆ ಹೊಳೆಯುತ್ತಾನೆ.',
    'ಮಕ್ಕಳು ಪ್ರತಿದಿನ ಉದ್ಯಾನದಲ್ಲಿ ಆಟವಾಡುತ್ತಾರೆ.',
    'ನನಗೆ ಗ್ರಂಥಾಲಯದಲ್ಲಿ ಪುಸ್ತಕಗಳನ್ನು ಓದುವುದು ಇಷ್ಟ.',
    'ನನ್ನ ಅಜ್ಜಿಯ ಅಡುಗೆ ತುಂಬಾ ರುಚಿಯಾಗಿದೆ.',
  ],
  ml: [
    'സൂര്യൻ ശാന്തമായ നഗരത്തിന് മുകളിൽ പ്രകാശിക്കുന്നു.',
    'കുട്ടികൾ എല്ലാ ദിവസവും പാർക്കിൽ കളിക്കുന്നു.',
    'എനിക്ക് ലൈബ്രറിയിൽ പുസ്തകങ്ങൾ വായിക്കാൻ ഇഷ്ടമാണ്.',
    'എന്റെ മുത്തശ്ശിയുടെ ഭക്ഷണം വളരെ രുചികരമാണ്.',
  ],
  th: [
    'ดวงอาทิตย์ส่องแสงเหนือเมืองที่เงียบสงบ.',
    'เด็กๆ เล่นในสวนสาธารณะทุกวัน.',
    'ฉันชอบอ่านหนังสือในห้องสมุด.',
    'อาหารของยายอร่อยมาก.',
  ],
  ja: [
    '静かな 町の 上に 太陽が 輝いています.',
    '子供たちは 毎日 公園で 遊んでいます.',
    '私は 図書館で 本を 読むのが 好きです.',
    'おばあちゃんの 料理は とても おいしいです.',
  ],
  ko: [
    '태양이 조용한 도시 위에서 빛납니다.',
    '아이들은 매일 공원에서 놉니다.',
    '나는 도서관에서 책 읽는 것을 좋아합니다.',
    '할머니의 음식은 정말 맛있습니다.',
  ],
};
