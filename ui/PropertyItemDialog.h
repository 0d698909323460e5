#pragma once

#include "SecondSignerDialog.h"
#include "property/PropertyService.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace qf::ui {

// 一物一卡: registers one item of money or property on the case's ledger, witnessed by a second person. Amounts
// are typed as text and kept as exact cents.
class PropertyItemDialog : public SecondSignerDialog
{
    Q_OBJECT

public:
    PropertyItemDialog(access::Session& session, const QString& caseUid, QWidget* parent = nullptr);

    // The draft as typed, or what is wrong with it.
    Result<property::PropertyDraft> draft() const;
    const property::PropertyItem& registered() const { return m_registered; }

private:
    QString m_caseUid;
    QComboBox* m_categoryCombo;
    QLineEdit* m_descriptionEdit;
    QLineEdit* m_featuresEdit;
    QLineEdit* m_serialEdit;
    QLineEdit* m_kindEdit;
    QLineEdit* m_faceValueEdit;
    QSpinBox* m_piecesSpin;
    QLineEdit* m_amountEdit;
    QComboBox* m_currencyCombo;
    property::PropertyItem m_registered;
};

} // namespace qf::ui
