#include "demo/SyntheticPeople.h"

#include "people/IdNumber.h"

#include <QStringList>

namespace qf::demo {

namespace {

const QStringList& surnames()
{
    static const QStringList list =
        QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 "
                       "曾 肖 田 董 袁 潘 "
                       "于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 "
                       "邹 孟 熊 秦 邱 江 "
                       "尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 诸葛")
            .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& givenCharacters()
{
    static const QStringList list =
        QStringLiteral(
            "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 建 国 文 辉 力 鹏 宇 浩 凯 俊 峰 "
            "志 斌 波 晨 海 龙 云 飞 红 梅 琳 玲 雪 慧 颖 婷 欣 佳 嘉 宁 安 康 永 庆 德 成 荣 昌 祥 瑞 林 森 春 秋 冬 "
            "立 新 民 福 寿 金 玉 长 山 江 河 东 南 北 光 辰 学 思 睿 哲 远 航 振 兴")
            .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& places()
{
    static const QStringList list = QStringLiteral("玄武区 秦淮区 建邺区 鼓楼区 浦口区 栖霞区 雨花台区 江宁区 六合区 "
                                                   "溧水区 高淳区 梁溪区 新吴区 锡山区 惠山区 "
                                                   "滨湖区 江阴市 宜兴市 云龙区 铜山区 天宁区 钟楼区 武进区 姑苏区 "
                                                   "吴中区 相城区 昆山市 常熟市 张家港市 崇川区 "
                                                   "海门区 连云区 清江浦区 亭湖区 广陵区 京口区 海陵区 宿城区")
                                        .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& bodies()
{
    static const QStringList list =
        QStringLiteral(
            "住房和城乡建设局 自然资源和规划局 财政局 教育局 卫生健康委员会 交通运输局 水务局 农业农村局 民政局 "
            "人力资源和社会保障局 市场监督管理局 城市管理局 发展和改革委员会 商务局 文化和旅游局 生态环境局 应急管理局 "
            "国有资产监督管理办公室 城市建设投资集团 人民医院 街道办事处 经济开发区管委会 公共资源交易中心 "
            "不动产登记中心")
            .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& positions()
{
    static const QStringList list =
        QStringLiteral(
            "局长 副局长 党组书记 主任 副主任 处长 副处长 科长 副科长 总经理 副总经理 院长 副院长 街道党工委书记 "
            "街道办事处主任 站长 所长 队长 董事长 财务科科长")
            .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& regionCodes()
{
    static const QStringList list =
        QStringLiteral(
            "320102 320104 320105 320106 320111 320113 320114 320115 320116 320117 320118 320205 320206 320211 "
            "320213 320214 320281 320282 320302 320312 320402 320404 320412 320505 320506 320507 320583 320581 "
            "320582 320602 320614 320703 320812 320902 321002 321102 321202 321302")
            .split(u' ', Qt::SkipEmptyParts);
    return list;
}

const QStringList& streets()
{
    static const QStringList list = QStringLiteral("中山路 北京东路 长江路 汉中路 建康路 人民路 解放路 健康路 和平路 "
                                                   "文化路 学府路 新华路 青年路 胜利路 友谊路 光明路")
                                        .split(u' ', Qt::SkipEmptyParts);
    return list;
}

} // namespace

QString SyntheticPeople::name()
{
    QString given = pick(givenCharacters());
    if (m_random.bounded(10) < 7)
        given += pick(givenCharacters());
    return pick(surnames()) + given;
}

QString SyntheticPeople::unit()
{
    return pick(places()) + pick(bodies());
}

QString SyntheticPeople::position()
{
    return pick(positions());
}

QString SyntheticPeople::cadreLevel()
{
    static const QStringList levels{QStringLiteral("municipal"), QStringLiteral("county"),
                                    QStringLiteral("county"),    QStringLiteral("county"),
                                    QStringLiteral("other"),     QStringLiteral("provincial")};
    return pick(levels);
}

QDate SyntheticPeople::birthDate()
{
    return QDate(1960, 1, 1).addDays(m_random.bounded(365 * 35));
}

QString SyntheticPeople::idNumber(const QDate& birth)
{
    const QString first17 = pick(regionCodes()) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg((++m_sequence) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + people::idNumberCheckCharacter(first17);
}

QString SyntheticPeople::phone()
{
    static const QStringList prefixes{QStringLiteral("139"), QStringLiteral("138"), QStringLiteral("151"),
                                      QStringLiteral("187"), QStringLiteral("177"), QStringLiteral("133")};
    return pick(prefixes) + QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QString SyntheticPeople::address()
{
    return pick(places()) + pick(streets()) + QString::number(1 + m_random.bounded(300)) + QStringLiteral("号");
}

people::Person SyntheticPeople::person()
{
    people::Person person;
    person.name = name();
    person.unit = unit();
    person.position = position();
    person.cadreLevel = cadreLevel();
    person.idNumber = idNumber(birthDate());
    return person;
}

} // namespace qf::demo
