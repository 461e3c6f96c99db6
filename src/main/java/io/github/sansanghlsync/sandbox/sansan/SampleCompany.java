package io.github.sansanghlsync.sandbox.sansan;

import java.util.List;

/**
 * A fictitious company of the seed: name, romaji e-mail domain, switchboard number (area code, exchange,
 * line) and head-office address.
 */
record SampleCompany(String name, String domain, String areaCode, String exchange, String line,
                     String postalCode, String prefecture, String city, String street, String building) {

    static final List<SampleCompany> ALL = List.of(
            new SampleCompany("株式会社サンプル商事", "sample-shoji.co.jp", "03", "3456", "7890",
                    "150-0002", "東京都", "渋谷区", "渋谷2-15-1", "渋谷クロスタワー12F"),
            new SampleCompany("山田製作所株式会社", "yamada-ss.co.jp", "06", "6345", "1234",
                    "530-0001", "大阪府", "大阪市北区", "梅田3-1-3", null),
            new SampleCompany("合同会社ミライ企画", "mirai-kikaku.jp", "03", "5789", "2345",
                    "106-0032", "東京都", "港区", "六本木1-4-5", "アークヒルズ サウスタワー8F"),
            new SampleCompany("株式会社東和システム", "towa-system.co.jp", "03", "6234", "5678",
                    "101-0021", "東京都", "千代田区", "外神田4-14-1", "秋葉原UDX 16F"),
            new SampleCompany("中部精機株式会社", "chubu-seiki.co.jp", "052", "231", "4567",
                    "460-0008", "愛知県", "名古屋市中区", "栄3-5-12", null),
            new SampleCompany("株式会社九州ロジテック", "kyushu-logitech.co.jp", "092", "471", "2345",
                    "812-0011", "福岡県", "福岡市博多区", "博多駅前2-1-1", "博多駅前ビル5F"),
            new SampleCompany("北海フーズ株式会社", "hokkai-foods.co.jp", "011", "241", "3456",
                    "060-0001", "北海道", "札幌市中央区", "北一条西4-2-2", null),
            new SampleCompany("株式会社横浜トレーディング", "yokohama-trading.co.jp", "045", "211", "6789",
                    "231-0023", "神奈川県", "横浜市中区", "山下町1-1", "シルクセンター3F"),
            new SampleCompany("株式会社グリーンエナジー", "green-energy.co.jp", "03", "4567", "8901",
                    "141-0031", "東京都", "品川区", "西五反田1-2-3", "五反田ビル7F"),
            new SampleCompany("京都織物株式会社", "kyoto-orimono.co.jp", "075", "221", "3456",
                    "604-8005", "京都府", "京都市中京区", "河原町通三条上る恵比須町427", null),
            new SampleCompany("株式会社さくらネットワークス", "sakura-nw.co.jp", "03", "5321", "4321",
                    "160-0023", "東京都", "新宿区", "西新宿2-8-1", "新宿アイランドタワー20F"),
            new SampleCompany("株式会社アオバ建設", "aoba-kensetsu.co.jp", "022", "222", "5678",
                    "980-0811", "宮城県", "仙台市青葉区", "一番町2-4-6", null),
            new SampleCompany("広島マリン工業株式会社", "hiroshima-marine.co.jp", "082", "247", "1234",
                    "730-0011", "広島県", "広島市中区", "基町6-78", null),
            new SampleCompany("株式会社テックフロンティア", "tech-frontier.jp", "03", "6812", "3456",
                    "105-0011", "東京都", "港区", "芝公園2-4-1", "芝パークビルB館10F"),
            new SampleCompany("株式会社神戸メディカル", "kobe-medical.co.jp", "078", "331", "4567",
                    "650-0021", "兵庫県", "神戸市中央区", "三宮町1-8-1", "さんプラザ6F"),
            new SampleCompany("合同会社ひかりデザイン", "hikari-design.jp", "03", "3710", "2233",
                    "153-0051", "東京都", "目黒区", "上目黒1-3-9", "中目黒ハイツ201"),
            new SampleCompany("大和物産株式会社", "yamato-bussan.co.jp", "06", "6201", "7788",
                    "541-0041", "大阪府", "大阪市中央区", "北浜2-6-18", "淀屋橋スクエア9F"),
            new SampleCompany("株式会社フジ電子工業", "fuji-denshi.co.jp", "054", "255", "3344",
                    "420-0852", "静岡県", "静岡市葵区", "紺屋町17-1", null),
            new SampleCompany("株式会社新潟ライスファーム", "niigata-rice.co.jp", "025", "244", "5566",
                    "950-0088", "新潟県", "新潟市中央区", "万代1-5-1", null),
            new SampleCompany("株式会社ソラリス・コンサルティング", "solaris-consulting.co.jp", "03", "6206", "7700",
                    "100-0005", "東京都", "千代田区", "丸の内1-6-5", "丸の内北口ビル21F"),
            new SampleCompany("有限会社たなか印刷", "tanaka-insatsu.co.jp", "048", "645", "1122",
                    "330-0854", "埼玉県", "さいたま市大宮区", "桜木町1-7-5", null),
            new SampleCompany("株式会社千葉ベイ物流", "chiba-bay-logi.co.jp", "043", "222", "8899",
                    "260-0028", "千葉県", "千葉市中央区", "新町1000", "センシティタワー14F"),
            new SampleCompany("株式会社リンクアンドパートナーズ", "link-partners.co.jp", "03", "5114", "6655",
                    "103-0027", "東京都", "中央区", "日本橋2-7-1", "東京日本橋タワー18F"),
            new SampleCompany("金沢伝統工芸株式会社", "kanazawa-kogei.co.jp", "076", "232", "4455",
                    "920-0981", "石川県", "金沢市", "片町2-2-2", null),
            new SampleCompany("株式会社沖縄リゾート開発", "okinawa-resort.co.jp", "098", "862", "3311",
                    "900-0015", "沖縄県", "那覇市", "久茂地3-1-1", "久茂地ビル4F"),
            new SampleCompany("一般社団法人日本ビジネス交流協会", "jbea.or.jp", "03", "3580", "1200",
                    "100-0013", "東京都", "千代田区", "霞が関3-2-1", "霞が関コモンゲート西館11F"),
            new SampleCompany("株式会社エムアンドケー・ホールディングス", "mk-hd.co.jp", "03", "5220", "8800",
                    "100-0004", "東京都", "千代田区", "大手町1-9-2", "大手町フィナンシャルシティ22F"),
            new SampleCompany("株式会社松山シトラス", "matsuyama-citrus.co.jp", "089", "941", "2233",
                    "790-0001", "愛媛県", "松山市", "一番町3-2-1", null));

    /** The switchboard in the usual hyphenated form, e.g. {@code 03-3456-7890}. */
    String switchboard() {
        return areaCode + "-" + exchange + "-" + line;
    }
}
