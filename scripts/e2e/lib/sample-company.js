// The sample company the demo and the E2E start with: a few attributes and tags already on the
// (emulated) platform. Some match examples/company.twin.yaml (a push finds them), one of each kind
// does not (the platform has it, the file does not: "only on TWIN").
'use strict';

/** Names per manifest section. */
const sampleCompany = {
  attributes: ['ФИО', 'Телефон', 'Номер договора'],
  clientTags: ['ВИП-клиент', 'Оптовый покупатель'],
  sessionTags: ['предоплата'],
};

module.exports = { sampleCompany };
