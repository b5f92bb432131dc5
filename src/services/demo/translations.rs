//! The demo courses in Chinese and Russian: every text a trainee reads — course names, host cities, the
//! Qingdao 2023 programme, its venues, hotel, speakers, interpreters, buses and notes — given by its
//! English original, saved as versions the way an organizer would save them.

use chrono::NaiveDateTime;

use crate::db::DbConnection;
use crate::domain::ids::CohortId;
use crate::domain::translation::{StringId, VersionInput};
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::services::translations::{Confirm, cohort_catalog, save_versions};

/// English original → (Chinese, Russian).
const GLOSSARY: &[(&str, &str, &str)] = &[
    // Courses and host cities.
    (
        "2023 SCO Poverty Reduction Training — Qingdao",
        "2023年上合组织国家减贫培训班（青岛）",
        "Курс ШОС по сокращению бедности 2023 — Циндао",
    ),
    (
        "2024 SCO Rural Revitalization Seminar — Xi'an",
        "2024年上合组织国家乡村振兴研修班（西安）",
        "Семинар ШОС по возрождению села 2024 — Сиань",
    ),
    (
        "2024 SCO Poverty Reduction Training — Qingdao",
        "2024年上合组织国家减贫培训班（青岛）",
        "Курс ШОС по сокращению бедности 2024 — Циндао",
    ),
    (
        "2025 SCO Mountain Agriculture Workshop — Kunming",
        "2025年上合组织国家山地农业研讨班（昆明）",
        "Практикум ШОС по горному земледелию 2025 — Куньмин",
    ),
    (
        "Live demo: SCO Rural Revitalization Course — Qingdao",
        "演示：上合组织国家乡村振兴培训班（青岛，正在进行）",
        "Демо: курс ШОС по возрождению села — Циндао (идёт сейчас)",
    ),
    ("Qingdao", "青岛", "Циндао"),
    ("Xi'an", "西安", "Сиань"),
    ("Kunming", "昆明", "Куньмин"),
    // The programme.
    ("Opening ceremony", "开班仪式", "Церемония открытия"),
    (
        "Keynote: China's poverty reduction — experience and practice",
        "主旨报告：中国减贫的经验与实践",
        "Основной доклад: опыт и практика сокращения бедности в Китае",
    ),
    ("Lunch", "午餐", "Обед"),
    (
        "Rural governance at the grassroots",
        "基层乡村治理",
        "Сельское управление на низовом уровне",
    ),
    (
        "Planning and building liveable villages",
        "宜居乡村的规划与建设",
        "Планирование и строительство благоустроенных деревень",
    ),
    ("Welcome dinner", "欢迎晚宴", "Приветственный ужин"),
    (
        "Site visit: Zhujiagou village",
        "现场考察：朱家沟村",
        "Выезд: деревня Чжуцзягоу",
    ),
    (
        "Building agricultural industry chains",
        "构建农业产业链",
        "Формирование агропромышленных цепочек",
    ),
    (
        "Village self-governance in practice",
        "村民自治实践",
        "Сельское самоуправление на практике",
    ),
    (
        "Digital villages and e-commerce",
        "数字乡村与电子商务",
        "Цифровая деревня и электронная торговля",
    ),
    (
        "Site visit: a vegetable co-operative",
        "现场考察：蔬菜合作社",
        "Выезд: овощеводческий кооператив",
    ),
    (
        "Dinner with co-operative leaders",
        "与合作社负责人共进晚餐",
        "Ужин с руководителями кооперативов",
    ),
    (
        "Site visit: an agricultural machinery works",
        "现场考察：农业机械厂",
        "Выезд: завод сельскохозяйственной техники",
    ),
    (
        "Machinery services for smallholders",
        "面向小农户的农机服务",
        "Услуги сельхозтехники для мелких хозяйств",
    ),
    (
        "Free time: Qingdao old town",
        "自由活动：青岛老城区",
        "Свободное время: старый город Циндао",
    ),
    (
        "Agri-tourism: linking farms and visitors",
        "农业旅游：让农场与游客相连",
        "Агротуризм: как связать хозяйства и гостей",
    ),
    ("Tea break", "茶歇", "Чайный перерыв"),
    (
        "Brands for local produce",
        "地方农产品品牌建设",
        "Бренды для местной продукции",
    ),
    (
        "Site visit: Laoshan tea garden",
        "现场考察：崂山茶园",
        "Выезд: чайный сад Лаошань",
    ),
    (
        "Case studies: groups present their plans",
        "案例研讨：各小组汇报方案",
        "Разбор кейсов: группы представляют свои планы",
    ),
    (
        "From poverty reduction to rural revitalization",
        "从脱贫攻坚到乡村振兴",
        "От сокращения бедности к возрождению села",
    ),
    (
        "Coffee and course evaluation",
        "茶歇与课程评估",
        "Кофе-брейк и оценка курса",
    ),
    (
        "Closing ceremony and certificates",
        "结业仪式暨颁发证书",
        "Церемония закрытия и вручение сертификатов",
    ),
    ("Farewell lunch", "告别午宴", "Прощальный обед"),
    (
        "Case study: a village's poverty-reduction plan",
        "案例研讨：一个村的减贫规划",
        "Кейс: план сокращения бедности в деревне",
    ),
    (
        "Case study: co-operatives and market access",
        "案例研讨：合作社与市场准入",
        "Кейс: кооперативы и выход на рынок",
    ),
    (
        "Case study: preparing the group presentation",
        "案例研讨：准备小组汇报",
        "Кейс: подготовка выступления группы",
    ),
    (
        "Qingdao Hotel, main entrance",
        "青岛饭店正门",
        "Гостиница «Циндао», главный вход",
    ),
    (
        "Comfortable shoes, a hat and water.",
        "请穿舒适的鞋，带上帽子和饮用水。",
        "Удобная обувь, головной убор и вода.",
    ),
    (
        "Zhujiagou village committee",
        "朱家沟村村民委员会",
        "Сельский комитет деревни Чжуцзягоу",
    ),
    // Venues and their addresses.
    (
        "Lecture Hall, Qingdao Agricultural University",
        "青岛农业大学报告厅",
        "Лекционный зал Циндаоского аграрного университета",
    ),
    ("Classroom A", "A教室", "Аудитория A"),
    ("Classroom B", "B教室", "Аудитория B"),
    ("Classroom C", "C教室", "Аудитория C"),
    ("Classroom D", "D教室", "Аудитория D"),
    ("University canteen", "大学食堂", "Университетская столовая"),
    ("Qingdao Hotel", "青岛饭店", "Гостиница «Циндао»"),
    ("Zhujiagou village", "朱家沟村", "Деревня Чжуцзягоу"),
    (
        "Jiaozhou vegetable co-operative",
        "胶州蔬菜合作社",
        "Овощеводческий кооператив Цзяочжоу",
    ),
    (
        "Qingdao agricultural machinery works",
        "青岛农业机械厂",
        "Циндаоский завод сельскохозяйственной техники",
    ),
    (
        "Laoshan tea garden and agri-tourism park",
        "崂山茶园与农业观光园",
        "Чайный сад и агротуристический парк Лаошань",
    ),
    (
        "Qingdao Agricultural University, 700 Changcheng Road, Chengyang District",
        "城阳区长城路700号，青岛农业大学",
        "Циндаоский аграрный университет, ул. Чанчэн, 700, район Чэнъян",
    ),
    (
        "Shandong Road, Shinan District",
        "市南区山东路",
        "ул. Шаньдун, район Шинань",
    ),
    (
        "Qingdao Jiaodong",
        "青岛胶东国际机场",
        "Аэропорт Циндао Цзяодун",
    ),
    ("Xihaian New Area", "西海岸新区", "Новый район Сихайань"),
    ("Jiaozhou", "胶州市", "Цзяочжоу"),
    ("Pingdu", "平度市", "Пинду"),
    ("Laoshan District", "崂山区", "Район Лаошань"),
    // Speakers, their titles and organizations.
    ("Prof. Wang Lei", "王磊教授", "Проф. Ван Лэй"),
    ("Prof. Li Hua", "李华教授", "Проф. Ли Хуа"),
    ("Dr. Zhang Min", "张敏博士", "Д-р Чжан Минь"),
    ("Prof. Chen Xi", "陈曦教授", "Проф. Чэнь Си"),
    ("Ms. Gao Yan", "高燕女士", "Г-жа Гао Янь"),
    ("Mr. Zhao Jun", "赵军先生", "Г-н Чжао Цзюнь"),
    ("Ms. Liu Fang", "刘芳女士", "Г-жа Лю Фан"),
    ("Mr. Sun Qiang", "孙强先生", "Г-н Сунь Цян"),
    (
        "Dean, College of Economics and Management",
        "经济管理学院院长",
        "Декан факультета экономики и управления",
    ),
    (
        "Professor of agricultural economics",
        "农业经济学教授",
        "Профессор аграрной экономики",
    ),
    (
        "Rural planning researcher",
        "乡村规划研究员",
        "Научный сотрудник по планированию сельских территорий",
    ),
    (
        "Professor of public administration",
        "公共管理学教授",
        "Профессор государственного управления",
    ),
    (
        "Director, rural tourism office",
        "乡村旅游办公室主任",
        "Руководитель отдела сельского туризма",
    ),
    (
        "Party secretary",
        "村党支部书记",
        "Секретарь партийной ячейки деревни",
    ),
    ("Chair", "理事长", "Председатель"),
    ("Chief engineer", "总工程师", "Главный инженер"),
    (
        "Qingdao Agricultural University",
        "青岛农业大学",
        "Циндаоский аграрный университет",
    ),
    (
        "Shandong Academy of Agricultural Sciences",
        "山东省农业科学院",
        "Шаньдунская академия сельскохозяйственных наук",
    ),
    // Interpreters and buses.
    ("Wang Xue", "王雪", "Ван Сюэ"),
    ("Zhou Jing", "周静", "Чжоу Цзин"),
    ("Sun Lin", "孙琳", "Сунь Линь"),
    ("Li Ming", "李明", "Ли Мин"),
    (
        "Bus 1 (鲁B·3C215)",
        "1号车（鲁B·3C215）",
        "Автобус 1 (鲁B·3C215)",
    ),
    (
        "Bus 2 (鲁B·3C216)",
        "2号车（鲁B·3C216）",
        "Автобус 2 (鲁B·3C216)",
    ),
];

/// Saves the Chinese and Russian versions of every text of the cohort the glossary knows.
pub fn load(conn: &mut DbConnection, cohort: CohortId, now: NaiveDateTime) -> AppResult<()> {
    let catalog = cohort_catalog(conn, cohort)?;
    let mut versions: Vec<VersionInput> = Vec::new();
    for (id, texts) in catalog.entries() {
        let original = texts.original_text();
        if let Some((_, zh, ru)) = GLOSSARY.iter().find(|(en, _, _)| *en == original) {
            versions.push((*id, Lang::Zh, (*zh).to_owned()));
            versions.push((*id, Lang::Ru, (*ru).to_owned()));
        }
    }
    let input_name = |id: StringId, lang| id.input_name(lang);
    save_versions(conn, cohort, &versions, input_name, Confirm::Yes, now)?;
    Ok(())
}
