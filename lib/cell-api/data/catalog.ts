/**
 * The fixed vocabulary of generated data: a product catalog, Korean customer names, cities and
 * payment methods. Fixed (not seeded) so product P007 is the same product in every lesson.
 */

/** One product of the catalog. */
export interface Product {
  product_id: string;
  name: string;
  category: string;
  unit_price: number;
}

const PRODUCTS: [string, string, number][] = [
  ['무선 이어폰', '전자제품', 89_000], ['노트북', '전자제품', 1_290_000], ['스마트워치', '전자제품', 259_000],
  ['보조배터리', '전자제품', 32_000], ['블루투스 스피커', '전자제품', 59_000],
  ['청바지', '의류', 49_000], ['후드티', '의류', 39_000], ['패딩 점퍼', '의류', 159_000], ['운동화', '의류', 99_000],
  ['양말 세트', '의류', 12_000],
  ['데이터 엔지니어링 입문', '도서', 32_000], ['SQL 첫걸음', '도서', 28_000], ['파이썬 데이터 분석', '도서', 36_000],
  ['소설 세트', '도서', 45_000],
  ['원두 1kg', '식품', 27_000], ['녹차 티백', '식품', 9_800], ['견과류 선물세트', '식품', 35_000], ['생수 24병', '식품', 11_900],
  ['라면 묶음', '식품', 6_500],
  ['머그컵', '생활용품', 12_000], ['텀블러', '생활용품', 25_000], ['수건 세트', '생활용품', 19_000], ['주방세제', '생활용품', 4_900],
  ['휴지 30롤', '생활용품', 18_900],
  ['요가 매트', '스포츠', 29_000], ['덤벨 세트', '스포츠', 69_000], ['자전거 헬멧', '스포츠', 54_000], ['등산 가방', '스포츠', 88_000],
  ['수영 고글', '스포츠', 15_000], ['축구공', '스포츠', 32_000],
];

/** The 30 products, P001–P030, in 6 categories. */
export const CATALOG: readonly Product[] = PRODUCTS.map(([name, category, unit_price], i) => ({
  product_id: `P${String(i + 1).padStart(3, '0')}`, name, category, unit_price,
}));

export const FAMILY_NAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황'];
export const GIVEN_NAMES = [
  '민준', '서연', '도윤', '지우', '하준', '서윤', '시우', '하은', '주원', '지민', '예준', '수아', '지호', '지유', '준우', '채원',
  '현우', '다은', '건우', '예린', '우진', '소율', '선우', '윤서', '연우', '민서', '정우', '지아', '승현', '유나',
];

/** Cities, weighted roughly by population. */
export const CITIES: Readonly<Record<string, number>> = { 서울: 30, 부산: 10, 인천: 9, 대구: 7, 대전: 5, 광주: 5, 수원: 5, 울산: 3, 성남: 4, 고양: 4 };

export const TIERS: Readonly<Record<string, number>> = { bronze: 50, silver: 30, gold: 15, vip: 5 };

export const PAYMENT_METHODS: Readonly<Record<string, number>> = { card: 60, easy_pay: 25, bank_transfer: 15 };

export const ORDER_STATUSES: Readonly<Record<string, number>> = { completed: 90, cancelled: 7, refunded: 3 };

/** Orders by hour of day: quiet at night, busy at lunch and in the evening. */
export const HOUR_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  [1, 0.5, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.5, 3, 3.2, 3.5, 4.5, 4, 3.2, 3, 3.2, 3.8, 4.5, 5.5, 6, 5.5, 4, 2].map((w, h) => [String(h), w]),
);
