#include "PropertyItemDialog.h"

#include "EvidenceTerms.h"
#include "property/Money.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace qf::ui {

PropertyItemDialog::PropertyItemDialog(access::Session& session, const QString& caseUid, QWidget* parent)
    : SecondSignerDialog(session, tr("Register an item"),
                         tr("One card per item: describe it as found. For cash and cards give the face value and "
                            "the number of pieces; the amount is then computed when left empty."),
                         parent),
      m_caseUid(caseUid), m_categoryCombo(new QComboBox), m_descriptionEdit(new QLineEdit),
      m_featuresEdit(new QLineEdit), m_serialEdit(new QLineEdit), m_kindEdit(new QLineEdit),
      m_faceValueEdit(new QLineEdit), m_piecesSpin(new QSpinBox), m_amountEdit(new QLineEdit),
      m_currencyCombo(new QComboBox)
{
    setObjectName(QStringLiteral("propertyItemDialog"));
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    for (const QString& category : EvidenceTerms::propertyCategories())
        m_categoryCombo->addItem(EvidenceTerms::propertyCategoryName(category), category);
    m_descriptionEdit->setObjectName(QStringLiteral("propertyDescriptionEdit"));
    m_featuresEdit->setObjectName(QStringLiteral("featuresEdit"));
    m_serialEdit->setObjectName(QStringLiteral("serialEdit"));
    m_kindEdit->setObjectName(QStringLiteral("propertyKindEdit"));
    m_faceValueEdit->setObjectName(QStringLiteral("faceValueEdit"));
    m_amountEdit->setObjectName(QStringLiteral("amountEdit"));
    const QRegularExpression amount(QStringLiteral("[0-9,]*(\\.[0-9]{0,2})?"));
    for (QLineEdit* edit : {m_faceValueEdit, m_amountEdit}) {
        edit->setValidator(new QRegularExpressionValidator(amount, edit));
        edit->setAlignment(Qt::AlignRight);
    }
    m_faceValueEdit->setPlaceholderText(tr("e.g. 100.00"));
    m_amountEdit->setPlaceholderText(tr("computed from face value × pieces when empty"));
    m_piecesSpin->setObjectName(QStringLiteral("piecesSpinBox"));
    m_piecesSpin->setRange(1, 100000000);
    m_piecesSpin->setValue(1);
    m_piecesSpin->setGroupSeparatorShown(true);
    m_currencyCombo->setObjectName(QStringLiteral("currencyComboBox"));
    m_currencyCombo->setEditable(true);
    m_currencyCombo->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                               QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("GBP")});

    insertRow(tr("&Category:"), m_categoryCombo);
    insertRow(tr("&Description:"), m_descriptionEdit);
    insertRow(tr("&Features (特征):"), m_featuresEdit);
    insertRow(tr("Serial &number:"), m_serialEdit);
    insertRow(tr("&Kind:"), m_kindEdit);
    insertRow(tr("Face &value:"), m_faceValueEdit);
    insertRow(tr("&Pieces:"), m_piecesSpin);
    insertRow(tr("&Amount:"), m_amountEdit);
    insertRow(tr("Currenc&y:"), m_currencyCombo);

    setCheck([this]() -> QString {
        auto d = draft();
        return d.ok() ? QString() : d.message();
    });
    setAction([this](const access::SecondSigner& witness) -> Status {
        auto d = draft();
        if (!d.ok())
            return d.error();
        auto item = property::PropertyService(this->session()).registerItem(d.value(), witness);
        if (!item.ok())
            return item.error();
        m_registered = item.value();
        return {};
    });
}

Result<property::PropertyDraft> PropertyItemDialog::draft() const
{
    property::PropertyDraft d;
    d.caseUid = m_caseUid;
    d.category = m_categoryCombo->currentData().toString();
    d.description = m_descriptionEdit->text().trimmed();
    d.features = m_featuresEdit->text().trimmed();
    d.serial = m_serialEdit->text().trimmed();
    d.kind = m_kindEdit->text().trimmed();
    d.pieces = m_piecesSpin->value();
    d.currency = m_currencyCombo->currentText().trimmed().toUpper();
    if (d.description.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the item."));
    if (d.currency.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the currency."));
    if (const QString face = m_faceValueEdit->text().trimmed(); !face.isEmpty()) {
        auto cents = property::parseAmount(face);
        if (!cents.ok())
            return makeError(ErrorCode::Invalid, tr("The face value: %1").arg(cents.message()));
        d.faceValueCents = cents.value();
    }
    if (const QString amount = m_amountEdit->text().trimmed(); !amount.isEmpty()) {
        auto cents = property::parseAmount(amount);
        if (!cents.ok())
            return makeError(ErrorCode::Invalid, tr("The amount: %1").arg(cents.message()));
        d.amountCents = cents.value();
    } else if (d.faceValueCents == 0) {
        return makeError(ErrorCode::Invalid, tr("Give the amount, or the face value and the number of pieces."));
    }
    return d;
}

} // namespace qf::ui
