package io.github.sansanghlsync.sandbox.sansan;

import java.util.List;

/** Departments, titles, memos, tag names and Sansan users that make the seeded cards look real. */
final class CardVocabulary {

    static final List<String> DEPARTMENTS = List.of(
            "営業部", "第一営業部", "法人営業部", "経営企画部", "情報システム部", "総務部", "人事部", "経理部",
            "マーケティング部", "開発部", "技術本部", "購買部", "広報部", "カスタマーサクセス部", "海外事業部",
            "製造部");

    /** Ordered roughly by rank, so a promotion moves to a lower index. */
    static final List<String> TITLES = List.of(
            "代表取締役社長", "代表取締役", "取締役", "執行役員", "本部長", "部長", "次長", "課長", "係長",
            "主任", "リーダー", "マネージャー", "担当");

    static final List<String> MEMOS = List.of(
            "展示会ブースにて名刺交換。",
            "来月に製品デモの予定。\n決裁者は部長。",
            "セミナー後に個別相談あり。\n予算感：年間500万円程度\n次回：見積提出",
            "前任の方から引き継ぎ。",
            "年賀状送付済み",
            "紹介：山田製作所 鈴木様",
            "電話での問い合わせ対応。\n資料送付済み。",
            "（旧姓：佐藤）",
            "交流会で名刺交換。\nゴルフ好き。",
            "2025年度の予算申請に合わせて再提案予定。\n競合：他社クラウド製品を検討中");

    /** Tag names with their Sansan tag type. */
    static final List<String[]> TAGS = List.of(
            new String[] {"展示会2024", "shared"}, new String[] {"展示会2025", "shared"},
            new String[] {"重要顧客", "shared"}, new String[] {"セミナー参加", "shared"},
            new String[] {"既存顧客", "public"}, new String[] {"見込み客", "public"},
            new String[] {"代理店", "public"}, new String[] {"要フォロー", "private"},
            new String[] {"年賀状送付", "private"}, new String[] {"採用関係", "private"});

    /** The sales people who exchange cards. */
    static final List<String> OWNER_NAMES = List.of("山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "伊藤 健太");

    static final String API_USER_NAME = "連携 ユーザー";
    static final String API_USER_EMAIL = "api@sandbox.example";

    private CardVocabulary() {
    }
}
