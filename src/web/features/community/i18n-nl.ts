/** The Dutch texts of the Community section (landing page, intervision, date polls, own points), as `t.community`. */
export const communityNl = {
  landing: {
    title: 'Community',
    intro: 'Alles wat u met collega-mediators en procesbegeleiders van de pool samen doet: intervisie, trainingen, kennis en casuïstiek.',
    sections: {
      intervision: { title: 'Intervisie', text: 'Intervisiegroepen, datumprikkers en aanwezigheid. Aanwezigheid telt automatisch mee als intervisiepunten.' },
      agenda: { title: 'Agenda', text: 'Trainingen, masterclasses en regiobijeenkomsten, met PE-punten.' },
      knowledge: { title: 'Kennisbank', text: 'Modellen, methodieknotities en literatuur van de pool.' },
      discussion: { title: 'Casuïstiek', text: 'Besloten, geanonimiseerde bespreking van casuïstiek.' },
    },
  },
};
export type CommunityMessages = typeof communityNl;
