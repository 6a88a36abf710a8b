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

# ---------------------------------------------------------------- labels (blind set 734: zyd01-zyd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('attained martyrdom / buried / lost / shot / civilian deaths',
     r'\bmartyrdom\b|\bburied\b|\blost\b|\bshot\b'),
    ('captured / hold / among those detained', r'\bcaptured\b|\bhold\b'),
    ('have left / forced … from their homes / have not been seen since', r'\bleft\b|\bforced\b'),
    ('gunshot wounds / war-wounded', r'\bwounds\b|\bwar-wounded\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('militia elements / elements', r'\belements\b'),
    ('boys/girls/grandsons/shepherds', r'\b(?:boys|girls|grandsons|shepherds)\b'),
    ('families/households/members/patients', r'\b(?:families|households|members|patients)\b'),
    ('deminers', r'\bdeminers\b'),
]

# zyd01: a Huthi missile on a displacement camp in Rahabah, Marib (AFP style, one sentence a paragraph,
# British spelling, curly quotes, en-dash dateline)
A['zyd01.txt'] = dict(
    casualty=[
        C('killing at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('seven children', 'killed', 7, 'exact', 'children', sub='tot'),
        C('Another 42 people were wounded', 'injured', 42, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('12 to 15 bodies', 'killed', None, 'range', 'people', low=12, high=15),
        C('the toll had risen to 23', 'killed', 23, 'exact', 'people', tags='update'),
        C('four of the wounded died', 'killed', 4, 'exact', 'people', sub='w'),
        C('killed more than 30 fighters', 'killed', 30, 'at-least', 'fighters', tags='contradicted'),
        C('17 dead', 'killed', 17, 'exact', 'people', tags='contradicted'),
        C('38 injured', 'injured', 38, 'exact', 'people', tags='contradicted'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('around 1,900 people had been forced from their homes', 'displaced', 1900, 'approx', 'people'),
        C('an estimated 1.3 million displaced people', 'displaced', 1300000, 'approx', 'people'),
        C('killed three boys', 'killed', 3, 'exact', 'children'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('local officials', 'official'),
        S('the health office of the government-held province', 'official'),
        S('a camp administrator', 'anonymous'),
        S('Saleh Mubarak', 'witness', form='name'),
        S('A volunteer rescuer, Fuad Nasser', 'witness', form='name'),
        S('provincial health office director Abdulaziz al-Shadadi', 'official', form='title-name'),
        S('The rebels’ Al-Masirah television', 'media'),
        S('Government military spokesman Brigadier Nasser al-Dhaybani', 'military', form='title-name'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('An IOM official in Marib', 'anonymous'),
        S('the IOM', 'ngo'),
        S('the Yemen Mine Watch Observatory', 'ngo'),
        S('The Saudi-led coalition', 'military'),
        S('The UN special envoy’s office', 'ngo'),
        S('UN estimates', 'ngo', form='document'),
    ],
    numbers=[
        N('some 600 families', 'count-people'),
        N('5:15 pm', 'time'),
        N('one of its three water tanks', 'count-objects'),
        N('38', 'age'),
        N('five children', 'count-people'),
        N('about 170 kilometres', 'distance'),
        N('two more missiles', 'count-objects'),
        N('2014', 'year'),
    ])

# zyd02: shelling of the livestock market in Bayt al-Faqih, Hodeidah (Reuters style, American spelling,
# straight quotes, Reuters dateline and sign-off)
A['zyd02.txt'] = dict(
    casualty=[
        C('killing 14 civilians', 'killed', 14, 'exact', 'civilians', id='tot'),
        C('wounding at least 35', 'injured', 35, 'at-least', 'civilians', id='inj'),
        C('Four of the dead were children', 'killed', 4, 'exact', 'children', id='ch', sub='tot'),
        C('two were women', 'killed', 2, 'exact', 'women', sub='tot'),
        C('nine of the wounded', 'injured', 9, 'exact', 'civilians', sub='inj'),
        C('the death toll at 17', 'killed', 17, 'exact', 'civilians', tags='contradicted'),
        C('the number of wounded at 48', 'injured', 48, 'exact', 'civilians', tags='contradicted'),
        C('two of their fighters had been killed', 'killed', 2, 'exact', 'fighters'),
        C('five wounded', 'injured', 5, 'exact', 'fighters'),
        C('seven bodies', 'killed', 7, 'exact', 'people'),
        C('the toll had risen to 16', 'killed', 16, 'exact', 'civilians', tags='update'),
        C('two critically wounded men died', 'killed', 2, 'exact', 'men'),
        C('two of the children killed', 'killed', 2, 'exact', 'children', sub='ch'),
        C('nearly 3,000 people had fled', 'displaced', 3000, 'at-most', 'people'),
        C('61 civilian deaths', 'killed', 61, 'exact', 'civilians'),
        C('arrested 12 people', 'detained', 12, 'exact', 'people'),
    ],
    sources=[
        S('medical sources', 'anonymous'),
        S('residents', 'witness', nth=0),
        S('residents', 'witness', nth=1),
        S('Dr. Yahya Qasim', 'official', form='title-name'),
        S('The Iran-aligned Houthi movement', 'military'),
        S('The Houthi-run health ministry', 'official'),
        S('A National Resistance spokesman, Fares al-Humaidi', 'military', form='title-name'),
        S('Ali Hassan Mohammed', 'witness', form='name'),
        S('the hospital', 'official'),
        S('Save the Children', 'ngo'),
        S('The U.N. humanitarian office OCHA', 'ngo'),
        S('The Yemen Civilian Harm Tracker', 'ngo'),
        S('the Houthi-run Saba news agency', 'media'),
    ],
    numbers=[
        N('about 90,000 people', 'population'),
        N('some 60 km', 'distance'),
        N('37 miles', 'distance'),
        N('9 a.m.', 'time'),
        N('hundreds of traders', 'count-people'),
        N('about 20 km', 'distance'),
        N('44', 'age'),
        N('aged 8 and 11', 'age'),
        N('2025', 'year'),
        N('about 70%', 'percentage'),
        N('2018', 'year'),
    ])

# zyd03: the army repels an attack in Majzar, Marib (state media / army media centre: officialese,
# "militia elements", "attained martyrdom", digits, en-dash dateline, British spelling, straight quotes)
A['zyd03.txt'] = dict(
    casualty=[
        C('killing 26 militia elements', 'killed', 26, 'exact', 'fighters'),
        C('wounding dozens of others', 'injured', None, 'vague', 'fighters'),
        C('captured 9 militia elements', 'detained', 9, 'exact', 'fighters'),
        C('6 soldiers attained martyrdom', 'killed', 6, 'exact', 'soldiers'),
        C('11 others were wounded', 'injured', 11, 'exact', 'soldiers'),
        C('the bodies of more than 40 of them', 'killed', 40, 'at-least', 'fighters', tags='contradicted'),
        C('2 children', 'killed', 2, 'exact', 'children'),
        C('wounding 5 other civilians', 'injured', 5, 'exact', 'civilians'),
        C('about 340 families had fled', 'displaced', 340, 'approx', 'people'),
        C('the number of displaced families to more than 2,100', 'displaced', 2100, 'at-least', 'people'),
        C('killed 50-60 soldiers', 'killed', None, 'range', 'soldiers', low=50, high=60, tags='contradicted'),
        C('captured "dozens" of others', 'detained', None, 'vague', 'soldiers', tags='contradicted'),
        C('lost more than 1,500 of its elements', 'killed', 1500, 'at-least', 'fighters'),
    ],
    sources=[
        S("the army's media centre", 'military'),
        S('The media centre', 'military'),
        S('the centre', 'military', nth=0),
        S('a military source in the Majzar axis', 'anonymous'),
        S('The commander of the Majzar axis, Brigadier General Saleh al-Jadaani', 'military',
          form='title-name'),
        S('the source', 'anonymous'),
        S('the local authority in Majzar district', 'official'),
        S('The local authority', 'official'),
        S('The Executive Unit for IDP Camps', 'official'),
        S('the centre', 'military', nth=1),
        S("the militia's mouthpiece Al-Masirah", 'media'),
        S('the media centre', 'military'),
        S("the army's Moral Guidance Department", 'military'),
        S('The national army', 'military', nth=1),
    ],
    numbers=[
        N('12 October', 'date'),
        N('3 directions', 'count-objects'),
        N('120mm', 'other'),
        N('7th Infantry Brigade', 'other'),
        N('4 armoured vehicles', 'count-objects'),
        N('more than 14 hours', 'duration'),
        N('26 September', 'other'),
        N('"hundreds" of its elements', 'count-people'),
        N('8 strikes', 'count-objects'),
        N('17 houses', 'count-objects'),
        N('some 3,000 people', 'population'),
        N('72 hours', 'duration'),
        N('4 camps', 'count-objects'),
        N('230 landmines and explosive devices', 'count-objects'),
        N('September 2014', 'date'),
    ])

# zyd04: landmine casualties among returning families in Al-Durayhimi, Hodeidah (NGO statement: headline,
# en-dash dateline, list of demands, notes to editors; British spelling, curly quotes, en-dash aside)
A['zyd04.txt'] = dict(
    casualty=[
        C('killed 23 people', 'killed', 23, 'exact', 'people', id='tot'),
        C('injured 57 others', 'injured', 57, 'exact', 'people', id='inj'),
        C('Eleven of the dead were children', 'killed', 11, 'exact', 'children', sub='tot'),
        C('at least 19 children were among the injured', 'injured', 19, 'at-least', 'children', sub='inj'),
        C('14 of the injured', 'injured', 14, 'exact', 'people', sub='inj'),
        C('lost three children', 'killed', 3, 'exact', 'children'),
        C('killing four of them', 'killed', 4, 'exact', 'other'),
        C('injuring up to seven others', 'injured', 7, 'at-most', 'other'),
        C('Two CMA deminers were injured', 'injured', 2, 'exact', 'other'),
        C('three shepherd boys have been missing', 'missing', 3, 'exact', 'children'),
        C('16 deaths', 'killed', 16, 'exact', 'people', tags='contradicted'),
        C('an estimated 2,000 families remain displaced', 'displaced', 2000, 'approx', 'people'),
    ],
    sources=[
        S('the mine-action organisation Clearfield Mine Action (CMA)', 'ngo'),
        S('Layla Abdulrahman', 'ngo', form='name'),
        S('the district health office', 'official'),
        S('A local rights group, the Tihama Human Rights Organisation', 'ngo'),
        S('their families', 'witness'),
        S('The Houthi-run Yemen Executive Mine Action Centre (YEMAC)', 'official'),
        S('The UN Mission to Support the Hodeidah Agreement (UNMHA)', 'ngo'),
        S('the local council', 'official'),
    ],
    numbers=[
        N('3 November 2025', 'date'),
        N('2018', 'year', nth=0),
        N('one anti-tank mine', 'count-objects'),
        N('28 October', 'date'),
        N('30 per cent', 'percentage'),
        N('the first nine months', 'duration'),
        N('2025', 'year', nth=1),
        N('Some 4,600 returnees', 'count-people'),
        N('2018', 'year', nth=1),
        N('more than 41,000 mines', 'count-objects'),
        N('6.2 million square metres', 'quantity'),
        N('US$18 million', 'money'),
        N('2016', 'year'),
        N('310 national staff', 'count-people'),
        N('42 women deminers', 'count-people'),
        N('+44 20 7946 0321', 'other'),
    ])

# zyd05: front-line shelling, drone strikes and displacement in Al-Azariq, Al Dhale'e (UN OCHA-style flash
# update: title, highlights, overview, displacement, protection, health, funding; digits, "per cent")
A['zyd05.txt'] = dict(
    casualty=[
        C('At least 15 civilians killed', 'killed', 15, 'at-least', 'civilians'),
        C('31 injured', 'injured', 31, 'exact', 'civilians'),
        C('An estimated 5,400 people displaced', 'displaced', 5400, 'approx', 'people'),
        C('12 civilians', 'killed', 12, 'exact', 'civilians', id='o12'),
        C('5 children', 'killed', 5, 'exact', 'children', sub='o12'),
        C('2 women', 'killed', 2, 'exact', 'women', sub='o12'),
        C('31 others injured', 'injured', 31, 'exact', 'civilians', id='o31', tags='repeat'),
        C('3 of the injured had died', 'killed', 3, 'exact', 'civilians', sub='o31'),
        C('the civilian death toll to 15', 'killed', 15, 'exact', 'civilians', tags='update repeat'),
        C('killing 4 members of one family', 'killed', 4, 'exact', 'people', id='fam'),
        C('2 girls', 'killed', 2, 'exact', 'children', sub='fam'),
        C('injuring 7 people', 'injured', 7, 'exact', 'people'),
        C('19 civilian deaths', 'killed', 19, 'exact', 'civilians', tags='contradicted'),
        C('890 households', 'displaced', 890, 'exact', 'people'),
        C('an estimated 5,400 people', 'displaced', 5400, 'approx', 'people', tags='repeat'),
        C('Approximately 600 more people have been displaced', 'displaced', 600, 'approx', 'people'),
        C('at least 9 men were detained', 'detained', 9, 'at-least', 'men', id='d9'),
        C('4 of whom', 'detained', 4, 'exact', 'men', sub='d9'),
        C('3 people', 'missing', 3, 'exact', 'people'),
        C('46 war-wounded patients', 'injured', 46, 'exact', 'people', id='wp'),
        C('several of them', 'injured', None, 'vague', 'people', sub='wp'),
    ],
    sources=[
        S('the District Local Authority', 'official'),
        S('Health partners', 'ngo'),
        S('The de facto authorities’ Saba news agency', 'media'),
        S('IOM’s Displacement Tracking Matrix (DTM)', 'ngo'),
        S('local authorities', 'official'),
        S('Protection partners', 'ngo'),
        S('community leaders', 'other'),
        S('Al-Azariq Rural Hospital', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('18 November 2025', 'date'),
        N('9 November', 'date', nth=0),
        N('14 villages', 'count-objects', nth=0),
        N('2 health facilities', 'count-objects', nth=0),
        N('9 November', 'date', nth=1),
        N('9 and 15 November', 'date'),
        N('17 November', 'date', nth=0),
        N('several villages', 'count-objects'),
        N('14 November', 'date'),
        N('aged 6 and 9', 'age'),
        N('15 November', 'date', nth=1),
        N('14 villages', 'count-objects', nth=1),
        N('9 and 17 November', 'date'),
        N('About 60 per cent', 'percentage'),
        N('3 schools', 'count-objects'),
        N('12 November', 'date'),
        N('14-year-old', 'age'),
        N('16 November', 'date'),
        N('9 November', 'date', nth=2),
        N('2 health facilities', 'count-objects', nth=1),
        N('13 November', 'date'),
        N('3 trauma kits', 'count-objects'),
        N('300 surgical interventions', 'count-objects'),
        N('420 families', 'count-people'),
        N('2,600 people', 'count-people'),
        N('2025', 'year', nth=1),
        N('US$2.47 billion', 'money'),
        N('24 per cent', 'percentage'),
    ])

# zyd06: sniper fire and shelling in the Sharab hills, Taiz (a broadcaster's website: headline and byline
# instead of a dateline; British spelling, curly quotes, en-dash aside)
A['zyd06.txt'] = dict(
    casualty=[
        C('killed at least 17 civilians', 'killed', 17, 'at-least', 'civilians'),
        C('17 civilians have been killed', 'killed', 17, 'exact', 'civilians', id='k17', tags='repeat'),
        C('29 wounded', 'injured', 29, 'exact', 'civilians'),
        C('Eight of the dead', 'killed', 8, 'exact', 'civilians', sub='k17'),
        C('six were children', 'killed', 6, 'exact', 'children', sub='k17'),
        C('11 people with gunshot wounds', 'injured', 11, 'exact', 'people', id='gs'),
        C('four of them children', 'injured', 4, 'exact', 'children', sub='gs'),
        C('three soldiers had also been killed', 'killed', 3, 'exact', 'soldiers'),
        C('almost a dozen wounded', 'injured', 12, 'at-most', 'soldiers'),
        C('two women had been killed', 'killed', 2, 'exact', 'women'),
        C('killed “more than 20” people', 'killed', 20, 'at-least', 'people'),
        C('Some 1,300 families have left', 'displaced', 1300, 'approx', 'people'),
        C('Two teenage shepherds have been missing', 'missing', 2, 'exact', 'children'),
        C('detained seven men', 'detained', 7, 'exact', 'men'),
    ],
    sources=[
        S('local officials', 'official'),
        S('her uncle', 'witness', form='role'),
        S('the Taiz governorate’s human rights office', 'official'),
        S('the office', 'official'),
        S('Mohammed Abdo Ghaleb', 'official', form='name'),
        S('Colonel Nabil al-Maqtari', 'military', form='title-name'),
        S('The Houthi-controlled Saba news agency', 'media'),
        S('A Houthi official in Taiz', 'anonymous'),
        S('Government commanders', 'military'),
        S('Abdo Saeed', 'witness', form='name'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('relatives', 'witness'),
        S('the Abductees’ Mothers Association', 'ngo'),
        S('residents', 'witness'),
        S('The UN Population Fund', 'ngo'),
    ],
    numbers=[
        N('10-year-old', 'age'),
        N('about 40km', 'distance'),
        N('2016', 'year'),
        N('1 September', 'date'),
        N('dozens of snipers', 'count-people'),
        N('52', 'age'),
        N('family of nine', 'count-people'),
        N('20 October', 'date'),
        N('an estimated 600,000 people', 'population'),
        N('2015', 'year'),
        N('one crossing', 'count-objects'),
        N('one in five', 'other'),
    ])

# zyd07: a drone strike on a wedding party in Al-Shamayatayn, Taiz (AP style, em-dash dateline, American
# spelling, straight quotes, AP contributor line)
A['zyd07.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people', id='tot'),
        C('wounding 22 others', 'injured', 22, 'exact', 'people', id='inj'),
        C('two boys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('Eight of the wounded', 'injured', 8, 'exact', 'people', id='crit', sub='inj'),
        C('two of them', 'injured', 2, 'exact', 'people', sub='crit'),
        C('the death toll to 11', 'killed', 11, 'exact', 'people', tags='update'),
        C('two of the critically wounded had died', 'killed', 2, 'exact', 'people', sub='crit'),
        C('A number of guests were still unaccounted for', 'missing', None, 'vague', 'people'),
        C('three children', 'killed', 3, 'exact', 'children', nth=0),
        C('at least three children were among the dead', 'killed', 3, 'at-least', 'children', sub='tot',
          tags='contradicted'),
        C('more than 1,400 children have been killed', 'killed', 1400, 'at-least', 'children'),
        C('arrested three men', 'detained', 3, 'exact', 'men'),
        C('Dozens of families', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('witnesses', 'witness'),
        S('Abdulrahman al-Hakimi', 'official', form='name'),
        S('Dr. Ameen al-Absi', 'official', form='title-name'),
        S('Khaled Mohammed', 'witness', form='name'),
        S('the provincial health office', 'official'),
        S('Their Al-Masirah TV', 'media'),
        S("The government's Information Ministry", 'official'),
        S("The U.N. children's agency, UNICEF", 'ngo'),
        S('a local security official', 'anonymous'),
        S('al-Hakimi', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('9:30 p.m.', 'time'),
        N('about 150 men', 'count-people'),
        N('aged 12 and 14', 'age'),
        N('30', 'age', nth=1),
        N('37 drones', 'count-objects'),
        N('about 15 kilometers', 'distance'),
        N('9 miles', 'distance'),
        N('2014', 'year'),
        N('2022', 'year'),
        N('six months', 'duration'),
    ])

# zyd08: a front-line village in Al-Husha, Al-Dhale, counts its dead, wounded, captive and departed (a
# newspaper's own correspondent: headline, "From our correspondent" line, first person, present-tense
# "says", curly quotes, en-dash aside, British spelling)
A['zyd08.txt'] = dict(
    casualty=[
        C('Thirty-one people', 'killed', 31, 'exact', 'people', id='t31'),
        C('Nineteen of them were killed', 'killed', 19, 'exact', 'people', sub='t31'),
        C('seven', 'killed', 7, 'exact', 'people', sub='t31'),
        C('five', 'killed', 5, 'exact', 'people', sub='t31'),
        C('two grandsons were killed', 'killed', 2, 'exact', 'children'),
        C('more than 60 wounded', 'injured', 60, 'at-least', 'people', id='w'),
        C('22 of them children', 'injured', 22, 'exact', 'children', sub='w'),
        C('Six died', 'killed', 6, 'exact', 'people', sub='w'),
        C('roughly 1,150 people were displaced', 'displaced', 1150, 'approx', 'people'),
        C('hold 12 men', 'detained', 12, 'exact', 'men'),
        C('Two boys', 'missing', 2, 'exact', 'children'),
        C('killed 14 civilians', 'killed', 14, 'exact', 'civilians'),
        C('one of his deminers was killed', 'killed', 1, 'exact', 'other'),
        C('three were injured', 'injured', 3, 'exact', 'other'),
    ],
    sources=[
        S('the village’s sheikh, Ahmed Qaid al-Husaini', 'official', form='title-name'),
        S('villagers', 'witness', nth=1),
        S('the only doctor, Fuad Ali', 'official', form='title-name'),
        S('the district’s local council', 'official'),
        S('The UN’s migration agency', 'ngo'),
        S('al-Husaini', 'official', nth=1, form='name'),
        S('A Houthi commander on the ridge', 'anonymous'),
        S('Masam, the Saudi-funded demining project', 'ngo'),
        S('Its local team leader, Saleh Mansour', 'ngo', form='title-name'),
    ],
    numbers=[
        N('2019', 'year'),
        N('April 2022', 'date'),
        N('six months', 'duration'),
        N('600 metres', 'distance'),
        N('60', 'age'),
        N('roughly 4,000 people', 'population'),
        N('four neighbouring hamlets', 'count-objects'),
        N('fewer than 900', 'count-people'),
        N('the first nine months', 'duration'),
        N('some 1,700 mines and explosive items', 'count-objects'),
        N('17-year-old', 'age'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
