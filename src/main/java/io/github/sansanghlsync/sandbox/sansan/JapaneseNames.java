package io.github.sansanghlsync.sandbox.sansan;

import java.util.List;

/** Common Japanese surnames and given names with katakana readings and the romaji used in e-mail addresses. */
final class JapaneseNames {

    /** A name in kanji (or kana), its katakana reading and its romaji. */
    record Name(String kanji, String reading, String romaji) {
    }

    static final List<Name> SURNAMES = List.of(
            new Name("佐藤", "サトウ", "sato"), new Name("鈴木", "スズキ", "suzuki"),
            new Name("高橋", "タカハシ", "takahashi"), new Name("田中", "タナカ", "tanaka"),
            new Name("伊藤", "イトウ", "ito"), new Name("渡辺", "ワタナベ", "watanabe"),
            new Name("山本", "ヤマモト", "yamamoto"), new Name("中村", "ナカムラ", "nakamura"),
            new Name("小林", "コバヤシ", "kobayashi"), new Name("加藤", "カトウ", "kato"),
            new Name("吉田", "ヨシダ", "yoshida"), new Name("山田", "ヤマダ", "yamada"),
            new Name("佐々木", "ササキ", "sasaki"), new Name("山口", "ヤマグチ", "yamaguchi"),
            new Name("松本", "マツモト", "matsumoto"), new Name("井上", "イノウエ", "inoue"),
            new Name("木村", "キムラ", "kimura"), new Name("林", "ハヤシ", "hayashi"),
            new Name("斎藤", "サイトウ", "saito"), new Name("清水", "シミズ", "shimizu"),
            new Name("山崎", "ヤマザキ", "yamazaki"), new Name("森", "モリ", "mori"),
            new Name("池田", "イケダ", "ikeda"), new Name("橋本", "ハシモト", "hashimoto"),
            new Name("阿部", "アベ", "abe"), new Name("石川", "イシカワ", "ishikawa"),
            new Name("山下", "ヤマシタ", "yamashita"), new Name("中島", "ナカジマ", "nakajima"),
            new Name("石井", "イシイ", "ishii"), new Name("小川", "オガワ", "ogawa"),
            new Name("前田", "マエダ", "maeda"), new Name("岡田", "オカダ", "okada"),
            new Name("長谷川", "ハセガワ", "hasegawa"), new Name("藤田", "フジタ", "fujita"),
            new Name("後藤", "ゴトウ", "goto"), new Name("近藤", "コンドウ", "kondo"));

    static final List<Name> GIVEN_NAMES = List.of(
            new Name("太郎", "タロウ", "taro"), new Name("花子", "ハナコ", "hanako"),
            new Name("健太", "ケンタ", "kenta"), new Name("翔太", "ショウタ", "shota"),
            new Name("大輔", "ダイスケ", "daisuke"), new Name("拓也", "タクヤ", "takuya"),
            new Name("直樹", "ナオキ", "naoki"), new Name("誠", "マコト", "makoto"),
            new Name("浩二", "コウジ", "koji"), new Name("隆", "タカシ", "takashi"),
            new Name("美咲", "ミサキ", "misaki"), new Name("陽子", "ヨウコ", "yoko"),
            new Name("恵子", "ケイコ", "keiko"), new Name("由美", "ユミ", "yumi"),
            new Name("真由美", "マユミ", "mayumi"), new Name("裕子", "ユウコ", "yuko"),
            new Name("彩", "アヤ", "aya"), new Name("愛", "アイ", "ai"),
            new Name("智子", "トモコ", "tomoko"), new Name("和也", "カズヤ", "kazuya"),
            new Name("亮", "リョウ", "ryo"), new Name("悠斗", "ユウト", "yuto"),
            new Name("蓮", "レン", "ren"), new Name("陽菜", "ヒナ", "hina"),
            new Name("結衣", "ユイ", "yui"), new Name("さくら", "サクラ", "sakura"),
            new Name("一郎", "イチロウ", "ichiro"), new Name("修", "オサム", "osamu"),
            new Name("剛", "ツヨシ", "tsuyoshi"), new Name("明美", "アケミ", "akemi"),
            new Name("香織", "カオリ", "kaori"), new Name("直美", "ナオミ", "naomi"),
            new Name("大樹", "ダイキ", "daiki"), new Name("聡", "サトシ", "satoshi"));

    private JapaneseNames() {
    }
}
