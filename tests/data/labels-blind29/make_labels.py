#!/usr/bin/env python3
"""Hand labels of the articles in this folder: casualty figures, cited sources, and the numbers in the
text that are NOT casualty figures. Writes labels.json next to this file; the checks are those of
../label_checks.py.

    python3 make_labels.py            # check every label, then write labels.json
    python3 make_labels.py --show     # also print every label with its context, for review
    python3 make_labels.py --stats    # also print phrasing-category counts (add --json for JSON)
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from label_checks import C, S, N, main  # noqa: E402

A = {}
# Wording variants specific to this folder, counted by --stats in addition to the common ones.
STATS_EXTRA_OUTCOME_WORDS = []
STATS_EXTRA_GROUP_NOUNS = []

# ---------------------------------------------------------------- labels (twenty-ninth blind set: vv01-vv08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('succumbed / lost their lives / gunned down / neutralized / martyrs / executed / shot dead / kills',
     r'\bsuccumbed\b|\blost their lives\b|\bgunned down\b|\bneutralized\b|\bmartyrs\b|\bexecuted\b|\bkills\b'),
    ('lost N fighters', r'\blost\b'),
    ('captured / taken … prisoner / taken away / picked up / recaptured / abduction / taken',
     r'\bcaptur|\bprisoner\b|\btaken\b|\bpicked up\b|\brecaptured\b|\babduction\b'),
    ('left the city / moved to / households / families (displaced)', r'\bleft\b|\bmoved\b|\bhouseholds\b|\bfamilies\b'),
    ('remain unaccounted for', r'\bunaccounted\b'),
    ('amputations / intensive care', r'\bamputations\b|\bintensive care\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('jawans/personnel/members of police and army', r'\b(?:jawans|personnel|members)\b'),
    ('Maoists/extremists/terrorists', r'\b(?:Maoists|extremists|terrorists)\b'),
    ('suspects/sympathisers/detainees/students/passengers/apostates/martyrs/neighbours',
     r'\b(?:suspects|sympathisers|detainees|students|passengers|apostates|martyrs|neighbours)\b'),
    ('girls/sisters', r'\b(?:girls|sisters)\b'),
    ('families/households', r'\b(?:families|households)\b'),
]

# vv01: a roadside bomb against a military vehicle in Hakkari, south-east Turkey (Reuters relaying
# the state agency Anadolu)
A['vv01.txt'] = dict(
    casualty=[
        C('Five Turkish soldiers', 'killed', 5, 'exact', 'soldiers', id='tot'),
        C('eight other troops were wounded', 'injured', 8, 'exact', 'soldiers', id='inj'),
        C('Two of the wounded', 'injured', 2, 'exact', 'soldiers', id='ser', sub='inj'),
        C('the death toll to seven', 'killed', 7, 'exact', 'soldiers', tags='update'),
        C('one of the critically wounded soldiers had succumbed', 'killed', 1, 'exact', 'soldiers', sub='ser'),
        C('killed 11 militants', 'killed', 11, 'exact', 'fighters'),
        C('detained six suspects', 'detained', 6, 'exact', 'people', id='sus'),
        C('two men', 'detained', 2, 'exact', 'men', sub='sus'),
        C('as many as 14 soldiers had died', 'killed', 14, 'at-most', 'soldiers', tags='contradicted'),
        C('detained at least 20 residents', 'detained', 20, 'at-least', 'civilians'),
        C('Upwards of 40,000 people were killed', 'killed', 40000, 'at-least', 'people'),
    ],
    sources=[
        S('the state-run Anadolu news agency', 'media'),
        S('Anadolu', 'media', nth=1),
        S("the Hakkari governor's office", 'official'),
        S('Anadolu', 'media', nth=2),
        S('The Defense Ministry', 'military'),
        S('Interior Minister Kemal Ergün', 'official', form='title-name'),
        S('Two security sources', 'anonymous'),
        S('A news website close to the militants', 'media'),
        S('a ministry official', 'anonymous'),
        S('Rojda Aktaş', 'official', form='name'),
        S("The governor's office", 'official', nth=0),
    ],
    numbers=[
        N('6:15 a.m.', 'time'),
        N('0315 GMT', 'time'),
        N('some 190 km', 'distance'),
        N('118 miles', 'distance'),
        N('Two security sources', 'count-people'),
        N('May 2025', 'date'),
        N('two villages', 'count-objects'),
        N('74-year-old', 'age'),
        N('12-year-old', 'age'),
        N('15-day', 'duration'),
        N('nine villages and hamlets', 'count-objects'),
        N('about 280,000 people', 'population'),
        N('one of the main battlegrounds', 'other'),
        N('1984', 'year'),
        N('four-decade', 'duration'),
    ])

# vv02: a suicide attack on a money market in Jalalabad, Nangarhar, Afghanistan (UNAMA statement)
A['vv02.txt'] = dict(
    casualty=[
        C('killed at least 16 civilians', 'killed', 16, 'at-least', 'civilians', id='tot'),
        C('injured 52 others', 'injured', 52, 'exact', 'civilians', id='inj'),
        C('Four children', 'killed', 4, 'exact', 'children', sub='tot'),
        C('two women were among those killed', 'killed', 2, 'exact', 'women', sub='tot'),
        C('At least nine of the injured', 'injured', 9, 'at-least', 'civilians', sub='inj'),
        C('killed “more than 40 apostates”', 'killed', 40, 'at-least', 'people', tags='contradicted'),
        C('11 people had been killed', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('38 wounded', 'injured', 38, 'exact', 'people', tags='contradicted'),
        C('14 bodies', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('47 injured people', 'injured', 47, 'exact', 'people', tags='contradicted'),
        C('“at least a dozen” bodies', 'killed', 12, 'at-least', 'people'),
        C('detained at least 27 men', 'detained', 27, 'at-least', 'men', id='det'),
        C('several of them students', 'detained', None, 'vague', 'people', sub='det'),
        C('Five of the detainees', 'detained', 5, 'exact', 'men', sub='det'),
        C('63 civilians killed', 'killed', 63, 'exact', 'civilians'),
        C('148 injured', 'injured', 148, 'exact', 'civilians'),
    ],
    sources=[
        S('UNAMA', 'ngo', nth=0),
        S('The United Nations Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('UNAMA’s preliminary findings', 'ngo', form='document'),
        S('Karin Lindqvist', 'ngo', form='name'),
        S('Islamic State Khorasan Province (ISKP)', 'military'),
        S('its Amaq news agency', 'media'),
        S('Spokespersons for the de facto authorities', 'official', form='collective'),
        S('Nangarhar’s provincial police spokesman, Mawlawi Abdul Basir Zahid', 'official', form='title-name'),
        S('the de facto Ministry of Public Health', 'official'),
        S('Witnesses', 'witness'),
        S('One shopkeeper', 'witness', form='role'),
        S('UNAMA', 'ngo', nth=4),
        S('their relatives', 'witness', form='collective'),
        S('UNAMA', 'ngo', nth=5),
        S('humanitarian partners', 'ngo', form='collective'),
    ],
    numbers=[
        N('9 March 2026', 'date'),
        N('10:30 a.m.', 'time'),
        N('dozens of money changers and day labourers', 'count-people'),
        N('One shopkeeper', 'count-people'),
        N('1 January', 'date'),
        N('8 March', 'date'),
        N('more than 210,000 Afghans', 'count-people'),
        N('September 2023', 'date'),
        N('2026', 'year', nth=1),
        N('US$2.4 billion', 'money'),
        N('9 per cent', 'percentage'),
        N('1 March', 'date'),
    ])

# vv03: an RSF drone strike on the bus station of Kassala, eastern Sudan (a doctors' network statement)
A['vv03.txt'] = dict(
    casualty=[
        C('kills 12', 'killed', 12, 'exact', 'civilians'),
        C('killed 12 civilians', 'killed', 12, 'exact', 'civilians', id='tot', tags='repeat'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('injured 31 others', 'injured', 31, 'exact', 'civilians', id='inj'),
        C('the bodies of nine martyrs', 'killed', 9, 'exact', 'people', sub='tot'),
        C('three others', 'killed', 3, 'exact', 'people', sub='tot'),
        C('Of the injured, seven', 'injured', 7, 'exact', 'civilians', sub='inj'),
        C('two children had to undergo amputations', 'injured', 2, 'exact', 'children', sub='inj'),
        C('Between four and six passengers remain unaccounted for', 'missing', None, 'range', 'people', low=4,
          high=6),
        C('two of the critically injured died', 'killed', 2, 'exact', 'civilians', sub='inj'),
        C('the number of martyrs to 14', 'killed', 14, 'exact', 'people', tags='update'),
        C('the number of injured at 22', 'injured', 22, 'exact', 'civilians', tags='contradicted'),
        C('killing five people', 'killed', 5, 'exact', 'people'),
        C('almost 700,000 people who fled', 'displaced', 700000, 'at-most', 'people'),
        C('hundreds of families have left the city', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S("Sudan Doctors' Emergency Network", 'ngo', nth=0),
        S("The Sudan Doctors' Emergency Network", 'ngo', nth=0),
        S('the medical director of Kassala Teaching Hospital, Dr. Awadia Hamid', 'official', form='title-name'),
        S('relatives', 'witness'),
        S('Eyewitnesses', 'witness'),
        S('The Kassala State Government', 'official'),
        S('the RSF', 'military', nth=0),
        S("The network's spokesperson in Kassala, Dr. Hashim Osman", 'ngo', form='title-name'),
        S('the International Organization for Migration', 'ngo'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('22 October 2025', 'date'),
        N('at least two drones', 'count-objects'),
        N('7:40 pm', 'time'),
        N('nearly three hours', 'duration'),
        N('five hostile drones', 'count-objects'),
        N('The three earlier strikes', 'count-objects'),
        N('four functioning operating theatres', 'count-objects'),
        N('20 hours', 'duration'),
    ])

# vv04: a Fano militia attack on Dessie, Amhara, Ethiopia (an Ethiopian newspaper quoting a zone official)
A['vv04.txt'] = dict(
    casualty=[
        C('At least 23 civilians were killed', 'killed', 23, 'at-least', 'civilians'),
        C('dozens more wounded', 'injured', None, 'vague', 'civilians'),
        C('killed “more than 70 extremists”', 'killed', 70, 'at-least', 'fighters', tags='contradicted'),
        C('9 members of the regional special police and the federal army lost their lives', 'killed', 9, 'exact',
          'soldiers'),
        C('about 130 of whom had been recaptured', 'detained', 130, 'approx', 'people'),
        C('lost between eight and ten fighters', 'killed', None, 'range', 'fighters', low=8, high=10,
          tags='contradicted'),
        C('captured 43 soldiers', 'detained', 43, 'exact', 'soldiers'),
        C('received 31 bodies', 'killed', 31, 'exact', 'people'),
        C('treated 87 wounded people', 'injured', 87, 'exact', 'people', id='h87'),
        C('19 of them children', 'injured', 19, 'exact', 'children', sub='h87'),
        C('detain a number of young men', 'detained', None, 'vague', 'men'),
        C('Two of her neighbours', 'killed', 2, 'exact', 'civilians'),
        C('some 5,000 residents had fled', 'displaced', 5000, 'approx', 'civilians'),
        C('at least 146 civilians had been killed', 'killed', 146, 'at-least', 'civilians'),
    ],
    sources=[
        S('officials', 'official'),
        S('residents', 'witness', nth=0),
        S('Gizachew Mulu', 'official', form='name'),
        S('Gizachew', 'official', nth=1, form='name'),
        S('A spokesperson for the Amhara Fano National Force', 'military', form='role'),
        S('Dr. Meseret Alemu', 'official', form='title-name'),
        S('A resident of the Piassa neighbourhood', 'anonymous'),
        S('The zone’s disaster risk management office', 'official'),
        S('The Amhara Regional State Communication Affairs Bureau', 'official'),
        S('The Ethiopian Human Rights Commission (EHRC)', 'ngo'),
        S('the Commission', 'ngo'),
    ],
    numbers=[
        N('several hours', 'duration'),
        N('three directions', 'count-objects'),
        N('2:00 a.m.', 'time'),
        N('two bank branches', 'count-objects'),
        N('around 400 prisoners', 'count-people'),
        N('48 hours', 'duration'),
        N('aged 19 and 22', 'age'),
        N('6:00 p.m.', 'time'),
        N('6:00 a.m.', 'time'),
        N('2023', 'year', nth=0),
        N('six months', 'duration'),
        N('2025', 'year'),
        N('August 2023', 'date'),
    ])

# vv05: fighting between rival armed groups around Zintan, western Libya (AFP, an updated toll)
A['vv05.txt'] = dict(
    casualty=[
        C('killed at least 27 people', 'killed', 27, 'at-least', 'people', id='tot', tags='update'),
        C('a toll of 19', 'killed', 19, 'exact', 'people'),
        C('Among the dead were four civilians', 'killed', 4, 'exact', 'civilians', id='civ', sub='tot'),
        C('her two children', 'killed', 2, 'exact', 'children', sub='civ'),
        C('64 people had been wounded', 'injured', 64, 'exact', 'people', id='inj'),
        C('lost 11 fighters', 'killed', 11, 'exact', 'fighters'),
        C('three of its members had been killed', 'killed', 3, 'exact', 'fighters'),
        C('taken "more than 20" Zintani fighters prisoner', 'detained', 20, 'at-least', 'fighters',
          tags='contradicted'),
        C('two of the wounded had died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('15 others remained in intensive care', 'injured', 15, 'exact', 'people', sub='inj'),
        C('the bodies of six people', 'killed', 6, 'exact', 'people'),
        C('nearly a dozen people were still missing', 'missing', 12, 'at-most', 'people'),
        C('roughly 350 families had fled', 'displaced', 350, 'approx', 'people'),
        C('The 27 deaths', 'killed', 27, 'exact', 'people', tags='repeat'),
    ],
    sources=[
        S('the health ministry of the Tripoli-based government', 'official'),
        S('the ministry', 'official'),
        S('local sources', 'anonymous'),
        S('Zintan’s military council', 'military'),
        S('The Jebel Brigade', 'military'),
        S('the council', 'military'),
        S('A medical source at Zintan general hospital', 'anonymous'),
        S('the source', 'anonymous'),
        S('The Libyan Red Crescent', 'ngo'),
        S('The UN Support Mission in Libya (UNSMIL)', 'ngo'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('48 hours', 'duration'),
        N('at least 10 kilometres', 'distance'),
        N('several burnt-out pick-up trucks', 'count-objects'),
        N('around 50,000 people', 'population'),
        N('some 160 kilometres', 'distance'),
        N('2014', 'year'),
        N('2011', 'year'),
        N('six years', 'duration'),
    ])

# vv06: a Malian army operation near Farabougou, Ségou region, and a rights group's counter-claim (dpa)
A['vv06.txt'] = dict(
    casualty=[
        C('"neutralized" 34 terrorists', 'killed', 34, 'exact', 'fighters'),
        C('the arrest of nine suspects', 'detained', 9, 'exact', 'people'),
        C('Two soldiers were slightly wounded', 'injured', 2, 'exact', 'soldiers'),
        C('at least 41 people were killed', 'killed', 41, 'at-least', 'people', id='adhs', tags='contradicted'),
        C('29 of them civilians', 'killed', 29, 'exact', 'civilians', sub='adhs'),
        C('at least six women', 'killed', 6, 'at-least', 'women', sub='adhs'),
        C('taken away 23 men', 'detained', 23, 'exact', 'men'),
        C('five or six wounded villagers', 'injured', None, 'range', 'civilians', low=5, high=6),
        C('29 people executed', 'killed', 29, 'exact', 'people', tags='repeat'),
        C('killing 12 soldiers', 'killed', 12, 'exact', 'soldiers'),
        C('capturing three', 'detained', 3, 'exact', 'soldiers'),
        C('more than 12,000 people have fled their homes', 'displaced', 12000, 'at-least', 'people'),
        C('Around 40 households', 'displaced', 40, 'approx', 'people'),
    ],
    sources=[
        S("Mali's army", 'military'),
        S('a human rights group', 'ngo'),
        S('the general staff of the armed forces', 'military'),
        S('the communiqué', 'military', form='document'),
        S('The Association for the Defence of Human Rights in the Sahel (ADHS)', 'ngo'),
        S('the group', 'ngo', nth=0),
        S('survivors', 'witness'),
        S('relatives of the victims', 'witness'),
        S('Aminata Koné', 'ngo', form='name'),
        S('Army spokesman Colonel Souleymane Dembélé', 'military', form='title-name'),
        S('JNIM', 'military', nth=1),
        S('its Az-Zallaqa media platform', 'media'),
        S('the UN humanitarian office OCHA', 'ngo'),
        S('a local official', 'anonymous'),
    ],
    numbers=[
        N('two logistics bases', 'count-objects'),
        N('17 motorbikes', 'count-objects'),
        N('two neighbouring hamlets', 'count-objects'),
        N('14-year-old', 'age'),
        N('some 3,000 inhabitants', 'population'),
        N('2020', 'year', nth=0),
        N('38 schools', 'count-objects'),
        N('2020', 'year', nth=1),
        N('2021', 'year'),
    ])

# vv07: a Maoist IED blast and an encounter in Dantewada, Chhattisgarh, India (an Indian newspaper,
# one sentence a paragraph)
A['vv07.txt'] = dict(
    casualty=[
        C('Six jawans', 'killed', 6, 'exact', 'soldiers'),
        C('Four other personnel', 'injured', 4, 'exact', 'soldiers', id='inj'),
        C('two of them', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('The bodies of the six jawans', 'killed', 6, 'exact', 'soldiers', tags='repeat'),
        C('23 security personnel have lost their lives', 'killed', 23, 'exact', 'soldiers'),
        C('gunned down 112 Maoists', 'killed', 112, 'exact', 'fighters'),
        C('14 suspected Maoist sympathisers had been detained', 'detained', 14, 'exact', 'people'),
        C('two others were injured', 'injured', 2, 'exact', 'civilians'),
        C('three Maoists', 'killed', 3, 'exact', 'fighters'),
        C('at least 40 adivasi villagers had been picked up', 'detained', 40, 'at-least', 'civilians'),
        C('fewer than 10 people were currently in custody', 'detained', 10, 'at-most', 'people', tags='contradicted'),
        C('Approximately 45 families', 'displaced', 45, 'approx', 'people'),
        C('killed 11 people', 'killed', 11, 'exact', 'people', id='old'),
        C('10 DRG jawans', 'killed', 10, 'exact', 'soldiers', sub='old'),
    ],
    sources=[
        S('police', 'official', nth=0),
        S('Bastar Inspector General of Police Rajesh Sundaram', 'official', form='title-name'),
        S('the IG', 'official', form='role'),
        S('police data', 'official', form='document'),
        S('the data', 'official', form='document'),
        S('Chief Minister Vinod Sahu', 'official', form='title-name'),
        S('his brother', 'witness', form='role'),
        S('Dantewada SP Kunal Dwivedi', 'official', form='title-name'),
        S('police', 'official', nth=3),
        S('Police', 'official', nth=1),
        S('villagers', 'witness', nth=0),
        S('Lakhma Kunjam', 'witness', form='name'),
        S('Bastar-based rights activist Bela Markam', 'other', form='title-name'),
        S('Police', 'official', nth=2),
        S('the village sarpanch', 'official', form='role'),
    ],
    numbers=[
        N('two-day', 'duration'),
        N('1.30 pm', 'time'),
        N('40 to 50 kg', 'quantity'),
        N('several months ago', 'duration'),
        N('the seven districts', 'count-objects'),
        N('Rs 1 crore', 'money'),
        N('Rs 10 lakh', 'money'),
        N('32-year-old', 'age'),
        N('over 600 personnel', 'count-people'),
        N('Rs 5 lakh', 'money'),
        N('Two years ago', 'duration'),
        N('March 31, 2026', 'date'),
    ])

# vv08: attacks on villages and displacement sites around Kalemie, Tanganyika, DR Congo (a UNICEF
# press release)
A['vv08.txt'] = dict(
    casualty=[
        C('At least 18 children have been killed', 'killed', 18, 'at-least', 'children'),
        C('35 injured', 'injured', 35, 'exact', 'children'),
        C('seven people were killed', 'killed', 7, 'exact', 'people', id='kal'),
        C('four of them children', 'killed', 4, 'exact', 'children', sub='kal'),
        C('at least 22 others were wounded', 'injured', 22, 'at-least', 'people'),
        C('the toll from the attack at 11', 'killed', 11, 'exact', 'people', tags='contradicted'),
        C('15–20 children remain unaccounted for', 'missing', None, 'range', 'children', low=15, high=20),
        C('the abduction of 27 children', 'detained', 27, 'exact', 'children', id='abd'),
        C('11 girls', 'detained', 11, 'exact', 'children', sub='abd'),
        C('taken his two younger sisters', 'detained', 2, 'exact', 'children'),
        C('forced an estimated 46,000 people from their homes', 'displaced', 46000, 'approx', 'people'),
        C('over 380,000 internally displaced people', 'displaced', 380000, 'at-least', 'people'),
        C('displaced hundreds of thousands of people', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('UNICEF', 'ngo', nth=0),
        S('UNICEF', 'ngo', nth=1),
        S('local health authorities', 'official'),
        S('Civil society groups in Kalemie', 'other'),
        S('Marie-Claire Dubois', 'ngo', form='name'),
        S('UNICEF', 'ngo', nth=3),
        S('A 13-year-old boy at the Kalunga site', 'witness', form='role'),
        S('the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'ngo'),
        S('UNICEF', 'ngo', nth=5),
    ],
    numbers=[
        N('12 February 2026', 'date'),
        N('9 to 10 February', 'date'),
        N('more than 300 shelters', 'count-objects'),
        N('at least 40 boys', 'count-people'),
        N('13-year-old', 'age'),
        N('At least 14 schools', 'count-objects'),
        N('some 6,000 children', 'count-people'),
        N('Two health centres', 'count-objects'),
        N('up to 12 families', 'count-people'),
        N('more than 1,200 suspected cases of cholera', 'count-people'),
        N('60,000 people', 'count-people'),
        N('2,500 household kits', 'count-objects'),
        N('73 unaccompanied and separated children', 'count-people'),
        N('2026', 'year', nth=1),
        N('US$ 482 million', 'money'),
        N('8 per cent', 'percentage'),
        N('2016', 'year'),
        N('2022', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
