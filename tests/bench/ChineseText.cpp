#include "ChineseText.h"

#include <QByteArray>
#include <QUuid>
#include <array>

namespace qf::bench {

namespace {

constexpr QStringView kSurnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙", u"马", u"朱", u"胡",
    u"郭", u"何", u"高", u"林", u"罗", u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
    u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"余", u"杜", u"叶", u"程", u"欧阳",
};

constexpr QStringView kGivenNames[] = {
    u"伟",   u"芳",   u"娜",   u"秀英", u"敏",   u"静",   u"丽",   u"强",   u"磊",   u"军",
    u"洋",   u"勇",   u"艳",   u"杰",   u"娟",   u"涛",   u"明",   u"超",   u"秀兰", u"霞",
    u"平",   u"刚",   u"桂英", u"建华", u"建国", u"志强", u"海燕", u"晓东", u"文斌", u"国庆",
    u"红梅", u"春生", u"德明", u"振华", u"玉兰", u"子涵", u"浩然", u"立新", u"卫东", u"光荣",
};

constexpr QStringView kPlaces[] = {
    u"市",     u"东城区", u"西城区", u"高新区", u"经开区", u"南湖区",
    u"北山县", u"清河县", u"临江县", u"青石镇", u"白沙镇", u"永安乡",
};

constexpr QStringView kOrgans[] = {
    u"财政局",
    u"住房和城乡建设局",
    u"教育局",
    u"卫生健康委员会",
    u"自然资源和规划局",
    u"交通运输局",
    u"农业农村局",
    u"人力资源和社会保障局",
    u"市场监督管理局",
    u"生态环境局",
    u"水利局",
    u"民政局",
    u"城市管理局",
    u"国有资产投资集团有限公司",
    u"城市建设投资有限公司",
    u"人民医院",
    u"第一中学",
    u"公共资源交易中心",
    u"不动产登记中心",
    u"供销合作社",
    u"街道办事处",
    u"村民委员会",
};

constexpr QStringView kPosts[] = {
    u"局长",     u"副局长", u"主任", u"副主任",       u"科长",       u"副科长",   u"党委书记",   u"总经理",
    u"财务科长", u"院长",   u"校长", u"村党支部书记", u"村委会主任", u"工作人员", u"项目负责人",
};

// Words and short phrases for summaries; the generator strings them together with punctuation.
constexpr QStringView kSummaryWords[] = {
    u"反映",     u"举报人称", u"经初步核实", u"群众来信", u"信访件",       u"问题线索",
    u"涉嫌",     u"违规",     u"违纪",       u"违法",     u"收受",         u"礼品礼金",
    u"购物卡",   u"红包",     u"公款",       u"吃喝",     u"旅游",         u"公车私用",
    u"私车公养", u"超标准",   u"接待",       u"办公用房", u"虚报",         u"冒领",
    u"套取",     u"截留",     u"挪用",       u"侵占",     u"专项资金",     u"扶贫资金",
    u"低保",     u"补贴",     u"补助款",     u"危房改造", u"征地拆迁",     u"补偿款",
    u"工程项目", u"招投标",   u"围标串标",   u"转包",     u"分包",         u"工程款",
    u"结算",     u"审计",     u"发现",       u"账目",     u"不清",         u"报销",
    u"发票",     u"虚开",     u"差旅费",     u"会议费",   u"培训费",       u"劳务费",
    u"加班费",   u"津贴",     u"奖金",       u"违规发放", u"利用职务便利", u"为他人谋取利益",
    u"插手",     u"干预",     u"亲属",       u"配偶",     u"子女",         u"经商办企业",
    u"入股",     u"分红",     u"借款",       u"不还",     u"放贷",         u"赌博",
    u"酒驾",     u"作风",     u"不严",       u"不实",     u"形式主义",     u"官僚主义",
    u"推诿扯皮", u"吃拿卡要", u"优亲厚友",   u"以权谋私", u"权钱交易",     u"利益输送",
    u"审批",     u"许可",     u"验收",       u"监管",     u"失职",         u"渎职",
    u"造成",     u"国有资产", u"流失",       u"损失",     u"约",           u"万元",
    u"多次",     u"长期",     u"期间",       u"年底",     u"春节",         u"中秋",
    u"前后",     u"在",       u"担任",       u"负责",     u"分管",         u"该局",
    u"该公司",   u"该村",     u"该项目",     u"所在单位", u"主要领导",     u"班子成员",
    u"同事",     u"下属",     u"商人",       u"老板",     u"中间人",       u"微信",
    u"转账",     u"现金",     u"银行卡",     u"房产",     u"车辆",         u"名表",
    u"字画",     u"茶叶",     u"白酒",       u"高档烟酒", u"消费卡",       u"宴请",
    u"娱乐场所", u"高尔夫",   u"出国",       u"境外",     u"账户",         u"证据",
    u"材料",     u"附有",     u"照片",       u"录音",     u"聊天记录",     u"合同",
    u"协议",     u"会议纪要", u"审批表",     u"已",       u"尚未",         u"需要",
    u"进一步",   u"核查",     u"调查",       u"谈话",     u"函询",         u"了解",
    u"情况",     u"属实",     u"部分属实",   u"建议",     u"立案审查",     u"初步核实",
    u"暂存待查", u"予以了结", u"移送",       u"司法机关", u"组织处理",     u"诫勉谈话",
    u"党纪处分", u"政务处分", u"责令退赔",   u"追缴",     u"违纪所得",     u"整改",
    u"落实",     u"到位",     u"影响",       u"恶劣",     u"群众",         u"意见",
    u"较大",     u"多人",     u"联名",       u"实名",     u"匿名",         u"反复",
    u"信访",     u"上级",     u"转办",       u"交办",     u"督办",         u"巡察",
    u"发现的",   u"审计移送", u"媒体报道",   u"网络舆情", u"水库",         u"道路",
    u"桥梁",     u"学校",     u"医院",       u"食堂",     u"采购",         u"设备",
    u"药品",     u"耗材",     u"土地",       u"林地",     u"矿产",         u"砂石",
    u"河道",     u"养殖场",   u"合作社",     u"产业园",   u"安置房",       u"保障房",
};

constexpr QStringView kPunctuation[] = {u"，", u"，", u"，", u"。", u"；", u"、"};

constexpr QStringView kActors[] = {u"admin",    u"zhangwei", u"lina",    u"wangfang", u"liuqiang",
                                   u"chenjing", u"auditor",  u"clerk01", u"yangmin"};

constexpr QStringView kActions[] = {u"lead.create",   u"lead.update",    u"lead.assign",  u"lead.view",
                                    u"case.open",     u"case.update",    u"case.approve", u"document.create",
                                    u"document.sign", u"archive.export", u"user.login",   u"user.passwd"};

constexpr QStringView kAuditVerbs[] = {u"登记线索", u"修改线索", u"分派承办人", u"查阅线索", u"立案", u"修改案件信息",
                                       u"审批通过", u"生成文书", u"签发文书",   u"导出档案", u"登录", u"修改密码"};

constexpr QStringView kStatuses[] = {u"待处理", u"初核中", u"待审批", u"已立案", u"已了结", u"暂存待查"};

template <typename T, std::size_t N> constexpr int count(const T (&)[N])
{
    return static_cast<int>(N);
}

} // namespace

int ChineseText::uniform(int lowInclusive, int highInclusive)
{
    return std::uniform_int_distribution<int>(lowInclusive, highInclusive)(m_rng);
}

QString ChineseText::personName()
{
    return kSurnames[uniform(0, count(kSurnames) - 1)].toString() + kGivenNames[uniform(0, count(kGivenNames) - 1)];
}

QString ChineseText::unitName()
{
    return kPlaces[uniform(0, count(kPlaces) - 1)].toString() + kOrgans[uniform(0, count(kOrgans) - 1)];
}

QString ChineseText::leadSummary(int minChars, int maxChars)
{
    const int target = uniform(minChars, maxChars);
    QString text;
    text.reserve(target + 16);
    text += kPlaces[uniform(0, count(kPlaces) - 1)] + kOrgans[uniform(0, count(kOrgans) - 1)] +
            kPosts[uniform(0, count(kPosts) - 1)] + personName();
    while (text.size() < target) {
        text += kSummaryWords[uniform(0, count(kSummaryWords) - 1)];
        if (uniform(0, 3) == 0)
            text += kPunctuation[uniform(0, count(kPunctuation) - 1)];
    }
    text.truncate(target - 1);
    text += u'。';
    return text;
}

QString ChineseText::auditSummary()
{
    return kAuditVerbs[uniform(0, count(kAuditVerbs) - 1)] % u" QF-" % QString::number(uniform(2019, 2025)) % u'-' %
           QString::number(uniform(1, 9999)).rightJustified(4, u'0') % u"：" % kStatuses[uniform(0, 5)] % u" → " %
           kStatuses[uniform(0, 5)] % u"，承办人" % personName();
}

QString ChineseText::actor()
{
    return kActors[uniform(0, count(kActors) - 1)].toString();
}

QString ChineseText::action()
{
    return kActions[uniform(0, count(kActions) - 1)].toString();
}

QStringList ChineseText::scanPatterns()
{
    return {
        // single words: each occurs in a good share of the summaries
        QStringLiteral("公款"),
        QStringLiteral("招投标"),
        QStringLiteral("扶贫资金"),
        QStringLiteral("利用职务便利"),
        QStringLiteral("礼品礼金"),
        QStringLiteral("工程款"),
        QStringLiteral("违规发放"),
        QStringLiteral("征地拆迁"),
        QStringLiteral("聊天记录"),
        QStringLiteral("立案审查"),
        QStringLiteral("财政局"),
        QStringLiteral("党委书记"),
        // two words in a row: rare
        QStringLiteral("收受购物卡"),
        QStringLiteral("虚报冒领"),
        QStringLiteral("公车私用，"),
        QStringLiteral("截留专项资金"),
        // never written by the generator: the scan finds nothing
        QStringLiteral("量子计算"),
        QStringLiteral("航天发射"),
        QStringLiteral("深海勘探"),
        QStringLiteral("冬奥会"),
    };
}

QString uidForRow(quint64 seed, qint64 row)
{
    // splitmix64 over (seed, row): cheap, well mixed and stable.
    auto mix = [](quint64 z) {
        z += 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    const quint64 high = mix(seed ^ static_cast<quint64>(row));
    const quint64 low = mix(high ^ 0x5851f42d4c957f2dULL);
    std::array<char, 16> bytes{};
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<std::size_t>(i)] = static_cast<char>(high >> (56 - 8 * i));
        bytes[static_cast<std::size_t>(8 + i)] = static_cast<char>(low >> (56 - 8 * i));
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16)).toString(QUuid::WithoutBraces);
}

} // namespace qf::bench
