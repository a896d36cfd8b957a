// Vocabulary for synthetic texts. Common words are drawn with a Zipf-like weight so a
// few occur in nearly every text and most in few; names (people, organisations) give the
// long tail a real news archive has, so some searches match thousands of texts and some
// a handful.

export type Rng = () => number;

// mulberry32: small, fast and deterministic, so a given seed always yields the same corpus.
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const RU = `регион регионы региона регионов развитие развития инновации инноваций инновационный инновационного
технологии технологий технологический проект проекта проектов программа программы поддержка поддержки
предприятие предприятий промышленность промышленности экономика экономики наука науки научный научных
университет университета университеты образование образования кадры кадров специалисты специалистов
инвестиции инвестиций инвестор инвесторы бизнес бизнеса компания компании компаний кластер кластера кластеров
технопарк технопарка резиденты резидентов стартап стартапы производство производства экспорт экспорта
губернатор губернатора правительство правительства министерство министерства ассоциация ассоциации
участники участников совещание совещания встреча встречи форум форума конференция конференции сессия сессии
рейтинг рейтинга рейтинге показатели показателей результаты результатов итоги итогов стратегия стратегии
цифровой цифровых цифровизация платформа платформы сервис сервисы данные данных искусственный интеллект
энергетика энергетики медицина медицины фармацевтика биотехнологии химия химической машиностроение
особой экономической зоны зона зоне льготы льгот налоговые гранты грантов конкурс конкурса победители
молодые молодых исследователи исследователей лаборатория лаборатории центр центра центры опыт опыта
практика практики лучшие лучших внедрение внедрения трансфер трансфера патенты патентов разработки разработок
представили представил обсудили обсудил подписали подписал соглашение соглашения договор открыли открыл
запустили запустил создали создан создана получили получил увеличился выросла выросло составил составила
году года лет миллиардов миллионов рублей процентов более около почти впервые ежегодно также однако
новый новые новых крупный крупных малый малого среднего федеральный федеральной региональный региональных
муниципальный местных отраслевой отраслей сотрудничество сотрудничества партнёры партнёров эксперты экспертов
заявки заявок меры мер механизм механизмы инфраструктура инфраструктуры индустриальный парк парки площадка`;

const EN = `region regions regional development innovation innovations innovative technology technologies
technological project projects programme programmes support supported enterprise enterprises industry
industrial economy economic science scientific university universities education skills talent specialists
investment investments investor investors business businesses company companies cluster clusters
technopark technoparks residents startup startups manufacturing production export exports governor
government ministry association members meeting meetings forum conference session sessions rating ratings
indicators results outcomes strategy strategic digital digitalisation platform platforms service services
data artificial intelligence energy medicine pharmaceuticals biotechnology chemistry engineering special
economic zone zones incentives tax grants grant competition winners young researchers laboratory laboratories
centre centres experience practice practices best adoption transfer patents research presented discussed
signed agreement agreements contract opened launched created established received increased grew amounted
year years billion million roubles percent more about nearly first annually also however new large small
medium federal municipal local sector sectors cooperation partners experts applications measures mechanism
mechanisms infrastructure park parks site venue pilot network networks funding fund funds capacity growth
productivity quality standards export-oriented leading leaders teams team universities' regions' graduates
engineers students schools laboratories campus campuses agenda roadmap targets target priority priorities`;

// A Zipf-like weight: the k-th word of the list is drawn about 1/(k+3) as often as the first.
function zipf(words: string[]) {
  const cumulative: number[] = [];
  let sum = 0;
  words.forEach((_, k) => cumulative.push((sum += 1 / (k + 3))));
  return (r: Rng) => {
    const x = r() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const split = (s: string) => s.split(/\s+/).filter(Boolean);
export const vocabulary = { ru: split(RU), en: split(EN) };
const draw = { ru: zipf(vocabulary.ru), en: zipf(vocabulary.en) };

const FIRST = {
  ru: split("Александр Алексей Андрей Анна Дмитрий Екатерина Елена Иван Ирина Кирилл Мария Михаил Наталья Николай Ольга Павел Сергей Татьяна Юлия Ярослав"),
  en: split("Alexander Alexei Andrei Anna Dmitry Ekaterina Elena Ivan Irina Kirill Maria Mikhail Natalia Nikolai Olga Pavel Sergei Tatiana Yulia Yaroslav"),
};
const LAST = {
  ru: split(
    "Иванов Петров Смирнов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Волков Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев",
  ),
  en: split(
    "Ivanov Petrov Smirnov Kuznetsov Sokolov Popov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belyaev Tarasov Belov Komarov Orlov Kiselev Makarov Andreev",
  ),
};
const ORG_ROOT = {
  ru: split("Квант Вектор Горизонт Импульс Спектр Меридиан Полюс Атлас Кристалл Гранит Сигма Альтаир Орбита Фотон Протон Нейрон Модуль Прогресс Зенит Аврора"),
  en: split("Kvant Vektor Gorizont Impuls Spektr Meridian Polyus Atlas Kristall Granit Sigma Altair Orbita Foton Proton Neyron Modul Progress Zenit Avrora"),
};
const ORG_TAIL = {
  ru: split("Технологии Системы Инжиниринг Лаб Био Энерго Софт Полимер Фарм Авто"),
  en: split("Technologies Systems Engineering Lab Bio Energo Soft Polymer Pharm Auto"),
};

export type Lang = "ru" | "en";

export const personName = (r: Rng, lang: Lang) => `${pick(r, FIRST[lang])} ${pick(r, LAST[lang])}`;
export const orgName = (r: Rng, lang: Lang) => `${pick(r, ORG_ROOT[lang])}${pick(r, ORG_TAIL[lang])}`;

export function words(r: Rng, lang: Lang, n: number): string[] {
  return Array.from({ length: n }, () => draw[lang](r));
}

// A sentence of 6–16 words, now and then with a person or an organisation in it.
export function sentence(r: Rng, lang: Lang, extra: string[] = []): string {
  const w = words(r, lang, between(r, 6, 16));
  if (r() < 0.25) w.splice(between(r, 1, w.length - 1), 0, personName(r, lang));
  if (r() < 0.2) w.splice(between(r, 1, w.length - 1), 0, lang === "ru" ? `«${orgName(r, lang)}»` : orgName(r, lang));
  for (const e of extra) w.splice(between(r, 1, w.length - 1), 0, e);
  if (w.length > 9 && r() < 0.4) w[between(r, 3, w.length - 3)] += ",";
  const text = w.join(" ");
  return text[0]!.toUpperCase() + text.slice(1) + ".";
}

export const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);
