//! The demo's trainees: officials of SCO countries with names in Latin script (as in their passports)
//! and in their own script, made up from common names, so that every roster looks like a real one.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::domain::trainee::{
    EnrollmentDraft, EnrollmentStatus, Gender, TraineeDraft, default_language,
};
use crate::i18n::Lang;

/// A country's common names and the bodies its officials come from.
pub struct Nation {
    pub code: &'static str,
    /// (Latin, native) given names.
    men: &'static [(&'static str, &'static str)],
    women: &'static [(&'static str, &'static str)],
    /// (Latin, native) family names in their masculine form; feminine forms add "a".
    families: &'static [(&'static str, &'static str)],
    organizations: &'static [&'static str],
    passport_prefix: &'static str,
    mail_domain: &'static str,
}

const POSITIONS: [&str; 6] = [
    "Head of Division",
    "Deputy Director",
    "Chief Specialist",
    "Deputy Head of District",
    "Senior Adviser",
    "Head of Department",
];

pub const KAZAKHSTAN: Nation = Nation {
    code: "KZ",
    men: &[
        ("Nurlan", "Нурлан"),
        ("Yerlan", "Ерлан"),
        ("Daulet", "Даулет"),
        ("Askar", "Аскар"),
        ("Marat", "Марат"),
        ("Serik", "Серик"),
        ("Timur", "Тимур"),
        ("Bolat", "Болат"),
        ("Kairat", "Кайрат"),
        ("Arman", "Арман"),
    ],
    women: &[
        ("Aigerim", "Айгерим"),
        ("Gulnara", "Гульнара"),
        ("Saule", "Сауле"),
        ("Dinara", "Динара"),
        ("Aliya", "Алия"),
        ("Zhanar", "Жанар"),
        ("Madina", "Мадина"),
        ("Assel", "Асель"),
    ],
    families: &[
        ("Abenov", "Абенов"),
        ("Nurpeisov", "Нурпеисов"),
        ("Zhaksybekov", "Жаксыбеков"),
        ("Sultanov", "Султанов"),
        ("Ospanov", "Оспанов"),
        ("Kassymov", "Касымов"),
        ("Baimukhanov", "Баймуханов"),
        ("Iskakov", "Искаков"),
        ("Tulegenov", "Тулегенов"),
    ],
    organizations: &[
        "Ministry of Agriculture of the Republic of Kazakhstan",
        "Akimat of Almaty Region",
        "Akimat of Turkistan Region",
        "Ministry of National Economy of the Republic of Kazakhstan",
    ],
    passport_prefix: "N",
    mail_domain: "minagri.example.kz",
};

pub const KYRGYZSTAN: Nation = Nation {
    code: "KG",
    men: &[
        ("Azamat", "Азамат"),
        ("Bakyt", "Бакыт"),
        ("Nurbek", "Нурбек"),
        ("Almaz", "Алмаз"),
        ("Ermek", "Эрмек"),
        ("Kubanychbek", "Кубанычбек"),
        ("Talant", "Талант"),
        ("Chyngyz", "Чынгыз"),
    ],
    women: &[
        ("Aizada", "Айзада"),
        ("Cholpon", "Чолпон"),
        ("Nazira", "Назира"),
        ("Gulzat", "Гульзат"),
        ("Aida", "Аида"),
        ("Jyldyz", "Жылдыз"),
        ("Begimai", "Бегимай"),
    ],
    families: &[
        ("Asanov", "Асанов"),
        ("Omurbekov", "Омурбеков"),
        ("Dzhumabaev", "Джумабаев"),
        ("Toktogulov", "Токтогулов"),
        ("Sadyrov", "Садыров"),
        ("Mamytov", "Мамытов"),
        ("Abdyldaev", "Абдылдаев"),
        ("Isakov", "Исаков"),
    ],
    organizations: &[
        "Ministry of Agriculture of the Kyrgyz Republic",
        "Osh Regional Administration",
        "Chui Regional Administration",
        "Ministry of Economy and Commerce of the Kyrgyz Republic",
    ],
    passport_prefix: "AC",
    mail_domain: "agro.example.kg",
};

pub const TAJIKISTAN: Nation = Nation {
    code: "TJ",
    men: &[
        ("Farrukh", "Фаррух"),
        ("Jamshed", "Джамшед"),
        ("Rustam", "Рустам"),
        ("Firdavs", "Фирдавс"),
        ("Bakhtiyor", "Бахтиёр"),
        ("Shohrukh", "Шохрух"),
        ("Daler", "Далер"),
        ("Sherali", "Шерали"),
    ],
    women: &[
        ("Nigina", "Нигина"),
        ("Zarina", "Зарина"),
        ("Mehrangez", "Мехрангез"),
        ("Firuza", "Фируза"),
        ("Tahmina", "Тахмина"),
        ("Manizha", "Манижа"),
        ("Gulru", "Гулру"),
    ],
    families: &[
        ("Rahimov", "Рахимов"),
        ("Nazarov", "Назаров"),
        ("Sharipov", "Шарипов"),
        ("Karimov", "Каримов"),
        ("Davlatov", "Давлатов"),
        ("Saidov", "Саидов"),
        ("Mirzoev", "Мирзоев"),
        ("Safarov", "Сафаров"),
    ],
    organizations: &[
        "Ministry of Agriculture of the Republic of Tajikistan",
        "Executive Body of State Power of Khatlon Region",
        "Executive Body of State Power of Sughd Region",
        "Committee for Local Government",
    ],
    passport_prefix: "40",
    mail_domain: "moa.example.tj",
};

pub const UZBEKISTAN: Nation = Nation {
    code: "UZ",
    men: &[
        ("Jasur", "Жасур"),
        ("Bekzod", "Бекзод"),
        ("Otabek", "Отабек"),
        ("Sardor", "Сардор"),
        ("Ulugbek", "Улугбек"),
        ("Dilshod", "Дилшод"),
        ("Akmal", "Акмал"),
        ("Sherzod", "Шерзод"),
    ],
    women: &[
        ("Dilnoza", "Дилноза"),
        ("Malika", "Малика"),
        ("Nodira", "Нодира"),
        ("Gulnoza", "Гулноза"),
        ("Shahnoza", "Шахноза"),
        ("Feruza", "Феруза"),
        ("Kamola", "Камола"),
    ],
    families: &[
        ("Yusupov", "Юсупов"),
        ("Abdullayev", "Абдуллаев"),
        ("Tursunov", "Турсунов"),
        ("Ergashev", "Эргашев"),
        ("Usmonov", "Усмонов"),
        ("Mirzayev", "Мирзаев"),
        ("Alimov", "Алимов"),
        ("Umarov", "Умаров"),
    ],
    organizations: &[
        "Ministry of Agriculture of the Republic of Uzbekistan",
        "Samarkand Region Khokimiyat",
        "Fergana Region Khokimiyat",
        "Ministry of Economy and Finance of the Republic of Uzbekistan",
    ],
    passport_prefix: "FA",
    mail_domain: "agro.example.uz",
};

pub const RUSSIA: Nation = Nation {
    code: "RU",
    men: &[
        ("Alexey", "Алексей"),
        ("Dmitry", "Дмитрий"),
        ("Sergey", "Сергей"),
        ("Andrey", "Андрей"),
        ("Igor", "Игорь"),
    ],
    women: &[
        ("Elena", "Елена"),
        ("Olga", "Ольга"),
        ("Natalia", "Наталья"),
        ("Irina", "Ирина"),
    ],
    families: &[
        ("Ivanov", "Иванов"),
        ("Smirnov", "Смирнов"),
        ("Kuznetsov", "Кузнецов"),
        ("Volkov", "Волков"),
        ("Morozov", "Морозов"),
    ],
    organizations: &[
        "Ministry of Agriculture of the Russian Federation",
        "Government of the Altai Republic",
        "Administration of Tomsk Region",
    ],
    passport_prefix: "75",
    mail_domain: "mcx.example.ru",
};

pub const PAKISTAN: Nation = Nation {
    code: "PK",
    men: &[
        ("Muhammad Ali", "محمد علی"),
        ("Imran", "عمران"),
        ("Bilal", "بلال"),
        ("Usman", "عثمان"),
        ("Hassan", "حسن"),
    ],
    women: &[
        ("Ayesha", "عائشہ"),
        ("Sana", "ثناء"),
        ("Fatima", "فاطمہ"),
        ("Maryam", "مریم"),
    ],
    families: &[
        ("Khan", "خان"),
        ("Ahmed", "احمد"),
        ("Qureshi", "قریشی"),
        ("Malik", "ملک"),
        ("Hussain", "حسین"),
    ],
    organizations: &[
        "Ministry of National Food Security and Research",
        "Agriculture Department, Government of Punjab",
        "Planning and Development Department, Khyber Pakhtunkhwa",
    ],
    passport_prefix: "AB",
    mail_domain: "mnfsr.example.pk",
};

/// The course's days: nominated, confirmed, arrived and the last day, for the enrollment's history.
pub struct Course {
    pub nominated: NaiveDateTime,
    pub confirmed: NaiveDateTime,
    /// Local arrival time in UTC.
    pub arrival: NaiveDateTime,
    pub departure: NaiveDateTime,
    pub ends: NaiveDateTime,
    pub hotel: &'static str,
    pub airport: &'static str,
}

/// The given and family name of the `k`th person: both change from one person to the next, and a pair
/// comes back only after many people.
fn name_pair(givens: usize, families: usize, k: usize) -> (usize, usize) {
    let gcd = (1..=givens.min(families))
        .rev()
        .find(|d| givens.is_multiple_of(*d) && families.is_multiple_of(*d))
        .unwrap_or(1);
    let cycle = givens * families / gcd;
    (k % givens, (k + k / cycle) % families)
}

/// The `n`th (from 0) official of a nation in a course; `serial` makes e-mail and passport unique.
pub fn official(
    nation: &Nation,
    n: usize,
    serial: usize,
    course: &Course,
) -> (TraineeDraft, EnrollmentDraft) {
    // Roughly two in five are women, spread through the list.
    let woman = n % 5 == 1 || n % 5 == 3;
    let givens = if woman { nation.women } else { nation.men };
    let (g, f) = name_pair(givens.len(), nation.families.len(), serial);
    let (given, given_native) = givens[g];
    let (family, family_native) = nation.families[f];
    // Latin-script family names of women take the feminine ending where the language has one.
    let feminine =
        woman && (family.ends_with("ov") || family.ends_with("ev") || family.ends_with("in"));
    let (family, family_native) = if feminine {
        (format!("{family}a"), format!("{family_native}а"))
    } else {
        (family.to_owned(), family_native.to_owned())
    };
    let language = match n % 9 {
        4 => Lang::En,
        7 if nation.code != "PK" => Lang::Zh,
        _ => default_language(nation.code),
    };
    let birth_year = 1968 + ((n * 7 + serial) % 25) as i32;
    let email = (n % 6 != 5).then(|| {
        format!(
            "{}.{}{serial}@{}",
            given.to_lowercase().replace(' ', ""),
            family.to_lowercase(),
            nation.mail_domain
        )
    });
    let trainee = TraineeDraft {
        family_name: family.clone(),
        given_name: given.to_owned(),
        native_name: format!("{family_native} {given_native}"),
        gender: if woman { Gender::Female } else { Gender::Male },
        date_of_birth: NaiveDate::from_ymd_opt(
            birth_year,
            (n % 12 + 1) as u32,
            (n % 27 + 1) as u32,
        ),
        country_code: nation.code.to_owned(),
        organization: nation.organizations[n % nation.organizations.len()].to_owned(),
        position: POSITIONS[(n + serial) % POSITIONS.len()].to_owned(),
        email,
        phone: format!(
            "+{} {:03} {:03} {:04}",
            7 + serial % 90,
            700 + n,
            serial % 1000,
            1000 + n * 37
        ),
        language,
        dietary: match n % 4 {
            0 | 2 => "halal".to_owned(),
            3 => "vegetarian".to_owned(),
            _ => String::new(),
        },
        accessibility: String::new(),
        passport_number: Some(format!(
            "{}{:07}",
            nation.passport_prefix,
            1_000_000 + serial * 37 + n
        )),
        passport_expiry: NaiveDate::from_ymd_opt(2027 + (n % 6) as i32, (n % 12 + 1) as u32, 15),
        notes: String::new(),
    };
    let arrival = course.arrival + Duration::minutes(((n * 53) % 600) as i64);
    let enrollment = EnrollmentDraft {
        status: EnrollmentStatus::Nominated,
        arrival_at: Some(arrival),
        arrival_flight: format!("CZ{}", 6090 + (n % 5)),
        arrival_airport: course.airport.to_owned(),
        departure_at: Some(course.departure + Duration::minutes(((n * 29) % 480) as i64)),
        departure_flight: format!("CZ{}", 6089 + (n % 5)),
        departure_airport: course.airport.to_owned(),
        hotel: course.hotel.to_owned(),
        room: format!("{}{:02}", 3 + n / 20, n % 20 + 1),
    };
    (trainee, enrollment)
}

/// A national focal point for each country's delegations: (name, e-mail, phone).
pub fn focal_point(nation: &Nation) -> (&'static str, &'static str, &'static str) {
    match nation.code {
        "KZ" => (
            "Aliya Zhaksybekova",
            "agri@kz-embassy.example.cn",
            "+86 10 6532 6182",
        ),
        "KG" => (
            "Bakyt Sadyrov",
            "agri@kg-embassy.example.cn",
            "+86 10 6532 6458",
        ),
        "TJ" => (
            "Zarina Nazarova",
            "agri@tj-embassy.example.cn",
            "+86 10 6532 2598",
        ),
        "UZ" => (
            "Otabek Alimov",
            "agri@uz-embassy.example.cn",
            "+86 10 6532 6305",
        ),
        "RU" => (
            "Olga Volkova",
            "agri@ru-embassy.example.cn",
            "+86 10 6532 1381",
        ),
        _ => (
            "Hassan Malik",
            "agri@pk-embassy.example.cn",
            "+86 10 6532 2504",
        ),
    }
}
