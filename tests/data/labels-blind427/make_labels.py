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

# ---------------------------------------------------------------- labels (blind set 427: en01-en08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('fallen with honour / neutralised / paid the supreme price / executed / shot dead / buried / graves',
     r'\bfallen\b|\bneutrali[sz]ed?\b|\bsupreme price\b|\bexecuted\b|\bshot dead\b|\bburied\b|\bgraves\b'),
    ('left / took away / rounded up / held / sustained injuries / gunshot wounds',
     r'\bleft\b|\btook away\b|\brounded up\b|\bheld\b|\bhold\b|\binjuries\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('herders/passengers', r'\b(?:herders|passengers)\b'),
    ('families/refugees/Togolese/persons', r'\b(?:families|refugees|Togolese|persons)\b'),
    ('collaborators/accomplices/suspects/spies/assailants/gunmen',
     r'\b(?:collaborators|accomplices|suspects|spies|assailants|gunmen)\b'),
    ('wives/grandchildren/brothers/boys/young men', r'\b(?:wives|grandchildren|brothers|boys|young men)\b'),
]

# en01: jihadist assault on an army post near Mandouri, Kpendjal, Savanes, Togo
# (AFP style, one sentence a paragraph, British spelling, curly quotes, en-dash dateline)
A['en01.txt'] = dict(
    casualty=[
        C('killing at least 12 soldiers', 'killed', 12, 'at-least', 'soldiers', id='tot'),
        C('Nine soldiers were wounded', 'injured', 9, 'exact', 'soldiers', id='wnd'),
        C('three of them', 'injured', 3, 'exact', 'soldiers', sub='wnd'),
        C('the number of soldiers killed at 15', 'killed', 15, 'exact', 'soldiers', tags='contradicted'),
        C('two others were unaccounted for', 'missing', 2, 'exact', 'soldiers'),
        C('11 soldiers had “fallen with honour”', 'killed', 11, 'exact', 'soldiers', tags='contradicted'),
        C('23 “terrorists” had been neutralised', 'killed', 23, 'exact', 'fighters'),
        C('killed 34 soldiers', 'killed', 34, 'exact', 'soldiers', tags='contradicted'),
        C('the death toll rose to 14', 'killed', 14, 'exact', 'soldiers', tags='update'),
        C('two of the evacuated soldiers died', 'killed', 2, 'exact', 'soldiers', sub='wnd'),
        C('17 wounded civilians', 'injured', 17, 'exact', 'civilians', id='civw'),
        C('five of them children', 'injured', 5, 'exact', 'children', sub='civw'),
        C('buried seven civilians', 'killed', 7, 'exact', 'civilians'),
        C('the bodies of two herders', 'killed', 2, 'exact', 'other'),
        C('a number of residents were still missing', 'missing', None, 'vague', 'civilians'),
        C('30 to 40 families had left', 'displaced', None, 'range', 'people', low=30, high=40),
        C('more than 60,000 people are now displaced', 'displaced', 60000, 'at-least', 'people'),
        C('some 45,000 refugees who fled', 'displaced', 45000, 'approx', 'people'),
        C('detained dozens of men', 'detained', None, 'vague', 'men', id='det'),
        C('at least four of them had died', 'killed', 4, 'at-least', 'men', sub='det'),
    ],
    sources=[
        S('a security source', 'anonymous'),
        S('the source', 'anonymous'),
        S('A local official in Mandouri', 'anonymous'),
        S('the public broadcaster TVT', 'media'),
        S('the army', 'military'),
        S('The Al-Qaeda-linked group JNIM', 'military'),
        S('the security source', 'anonymous'),
        S('A nurse at the Mandouri health centre', 'anonymous'),
        S('Residents of Mandouri', 'witness'),
        S('Lardja Kombaté', 'witness', form='name'),
        S('the teacher', 'witness'),
        S('Another resident', 'witness'),
        S('the UN refugee agency UNHCR', 'ngo'),
        S('The Lomé-based rights group Collectif Justice et Paix', 'ngo'),
    ],
    numbers=[
        N('more than 100 of them', 'count-people'),
        N('4:30 am', 'time'),
        N('0430 GMT', 'time'),
        N('three sides', 'count-objects'),
        N('some 250 kilometres', 'distance'),
        N('two armoured vehicles', 'count-objects'),
        N('10-year-old', 'age'),
        N('nearly three hours', 'duration'),
        N('Several shops', 'count-objects'),
        N('one', 'other'),
        N('2021', 'year'),
        N('2022', 'year'),
        N('12 months', 'duration'),
    ])

# en02: gunmen executing suspected informers in two villages near Cinkassé, Savanes, Togo, and the
# vote extending the state of emergency (Reuters style, American spelling, straight quotes)
A['en02.txt'] = dict(
    casualty=[
        C('killed at least 19 people', 'killed', 19, 'at-least', 'people', id='tot'),
        C('11 men executed', 'killed', 11, 'exact', 'men', sub='tot'),
        C('four women', 'killed', 4, 'exact', 'women', sub='tot'),
        C('three children', 'killed', 3, 'exact', 'children', sub='tot'),
        C('at least six people were wounded', 'injured', 6, 'at-least', 'people'),
        C('abducted as many as 10 young men', 'detained', 10, 'at-most', 'men'),
        C('14 people had been killed', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('"neutralized" several of the assailants', 'killed', None, 'vague', 'fighters'),
        C('nine wounded people', 'injured', 9, 'exact', 'people', id='hosp'),
        C('two of whom died', 'killed', 2, 'exact', 'people', sub='hosp'),
        C('killed 22 "collaborators"', 'killed', 22, 'exact', 'people', tags='contradicted'),
        C('An estimated 3,000 people had fled', 'displaced', 3000, 'approx', 'people'),
        C('hold hundreds of people', 'detained', None, 'vague', 'people'),
        C('killing more than 140 people', 'killed', 140, 'at-least', 'people'),
    ],
    sources=[
        S('security sources', 'anonymous'),
        S('local officials', 'official'),
        S('two residents', 'witness'),
        S('a farmer from Koulbagou', 'anonymous'),
        S('A regional security official', 'anonymous'),
        S('The official', 'anonymous'),
        S("Togo's government", 'official'),
        S('Security Minister Essowè Bawa', 'official', form='title-name'),
        S('Dr. Komi Agbeko', 'official', form='title-name'),
        S("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", 'military'),
        S('the regional social action directorate', 'official'),
        S('rights groups', 'ngo'),
        S('the Sahel Security Observatory', 'ngo'),
        S('Nadia Ayéva', 'other', form='name'),
    ],
    numbers=[
        N('Nov 18', 'date'),
        N('two villages', 'count-objects'),
        N('two residents', 'count-people'),
        N('16-year-old', 'age'),
        N('two villages', 'count-objects', nth=1),
        N('91 to 2', 'vote'),
        N('June 2022', 'date'),
        N('six months', 'duration'),
        N('about 9 million people', 'population'),
        N('dozens of attacks', 'count-objects'),
        N('November 2021', 'date'),
    ])

# en03: jihadists executing villagers accused of spying for the army near Gando, Oti-Sud, Savanes,
# Togo (AP style, em-dash dateline, American spelling, curly quotes)
A['en03.txt'] = dict(
    casualty=[
        C('killed at least nine villagers', 'killed', 9, 'at-least', 'civilians', id='tot'),
        C('The bodies of six men', 'killed', 6, 'exact', 'men', sub='tot'),
        C('Three more bodies', 'killed', 3, 'exact', 'people', sub='tot'),
        C('at least five other men', 'missing', 5, 'at-least', 'men'),
        C('between 20 and 25 families had fled', 'displaced', None, 'range', 'people', low=20, high=25),
        C('at least 31 the number of civilians executed', 'killed', 31, 'at-least', 'civilians'),
        C('killed 14 people', 'killed', 14, 'exact', 'people', id='aug'),
        C('three wives', 'killed', 3, 'exact', 'women', sub='aug'),
        C('killed four of the gunmen', 'killed', 4, 'exact', 'fighters'),
        C('arrested 12 suspected accomplices', 'detained', 12, 'exact', 'people', id='arr'),
        C('two women', 'detained', 2, 'exact', 'women', sub='arr'),
        C('two men with gunshot wounds', 'injured', 2, 'exact', 'men', id='gw'),
        C('one had died', 'killed', 1, 'exact', 'men', sub='gw'),
        C('about 1,200 people had been forced from their homes', 'displaced', 1200, 'approx', 'people'),
        C('fewer than 10 civilians had died', 'killed', 10, 'at-most', 'civilians', tags='contradicted'),
    ],
    sources=[
        S('residents', 'witness'),
        S('local officials', 'official'),
        S('Lamboni Djato', 'official', form='name'),
        S('Togolese state television', 'media'),
        S('the prefect of Oti-Sud', 'official', form='role'),
        S('Djato', 'official', nth=1, form='name'),
        S('Djato', 'official', nth=2, form='name'),
        S('a JNIM commander', 'military', form='role'),
        S('the Association for the Defense of Rural Communities', 'ngo'),
        S('The army', 'military'),
        S('Relatives', 'witness'),
        S('Awa Nabine', 'witness', form='name'),
        S('A nurse at the Gando medical center', 'anonymous'),
        S('Local officials', 'official'),
        S('The U.N. children’s agency', 'ngo'),
        S('Rights groups', 'ngo'),
        S('the government', 'official'),
    ],
    numbers=[
        N('several years', 'duration'),
        N('41', 'age'),
        N('43 schools', 'count-objects'),
        N('more than 9,000 pupils', 'count-people'),
        N('about 9 million people', 'population'),
        N('2022', 'year'),
    ])

# en04: UN OCHA flash update on refugees from Burkina Faso and displaced Togolese arriving in Dapaong,
# Savanes, Togo, after attacks (headings, highlights, figures by site, access, response, funding)
A['en04.txt'] = dict(
    casualty=[
        C('More than 7,500 people', 'displaced', 7500, 'at-least', 'people'),
        C('killed at least 11 civilians', 'killed', 11, 'at-least', 'civilians', id='nan'),
        C('four children', 'killed', 4, 'exact', 'children', sub='nan'),
        C('wounded 16 others', 'injured', 16, 'exact', 'civilians', id='w16'),
        C('11 civilians killed', 'killed', 11, 'exact', 'civilians', tags='repeat'),
        C('the bodies of 15 people', 'killed', 15, 'exact', 'people', tags='contradicted'),
        C('14 of the wounded', 'injured', 14, 'exact', 'civilians', sub='w16'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'civilians', sub='w16'),
        C('the official toll to at least 13', 'killed', 13, 'at-least', 'civilians', tags='update'),
        C('Six people remain missing', 'missing', 6, 'exact', 'people'),
        C('abducted up to eight women', 'detained', 8, 'at-most', 'women'),
        C('dozens of civilians were reportedly killed', 'killed', None, 'vague', 'civilians'),
        C('7,540 newly displaced people', 'displaced', 7540, 'exact', 'people', id='reg', tags='repeat'),
        C('3,120', 'displaced', 3120, 'exact', 'people', sub='reg'),
        C('2,460', 'displaced', 2460, 'exact', 'people', sub='reg'),
        C('1,960', 'displaced', 1960, 'exact', 'people', sub='reg'),
        C('more than 48,000 refugees', 'displaced', 48000, 'at-least', 'people'),
        C('a further 39,000 Togolese are internally displaced', 'displaced', 39000, 'exact', 'people'),
        C('wounding three passengers', 'injured', 3, 'exact', 'people'),
        C('Two health workers', 'detained', 2, 'exact', 'other'),
        C('41 wounded people', 'injured', 41, 'exact', 'people', id='hw'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='hw'),
    ],
    sources=[
        S('local authorities', 'official'),
        S('Humanitarian partners', 'ngo'),
        S('the prefecture', 'official'),
        S('community leaders', 'other'),
        S('The Togolese Red Cross', 'ngo'),
        S('local sources', 'anonymous'),
        S('Refugees', 'witness'),
        S('the Regional Directorate of Social Action', 'official'),
        S('UNHCR', 'ngo'),
        S('The Government', 'official'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('9 October 2025', 'date'),
        N('28 September', 'date'),
        N('2 October', 'date'),
        N('US$1.8 million', 'money'),
        N('three months', 'duration'),
        N('some 25 km', 'distance'),
        N('8 October', 'date'),
        N('three schools', 'count-objects'),
        N('About 62 per cent', 'percentage'),
        N('21 per cent', 'percentage'),
        N('4 October', 'date'),
        N('two commercial trucks', 'count-objects'),
        N('5 October', 'date'),
        N('12 villages', 'count-objects'),
        N('1,150 households', 'count-people'),
        N('two-week', 'duration'),
        N('4,800 people', 'count-people'),
        N('28 September', 'date', nth=1),
        N('60,000 litres', 'quantity'),
        N('2025', 'year', nth=1),
        N('$41 million', 'money'),
        N('23 per cent', 'percentage'),
    ])

# en05: the army repelling an attack on a forward base at Nagbéni, Kpendjal prefecture, Savanes, Togo
# (state media, ATOP style: "The … Command says", "disclosed this in a statement", a quote continued
# across paragraphs, "It will be recalled that")
A['en05.txt'] = dict(
    casualty=[
        C('neutralised 17 terrorists', 'killed', 17, 'exact', 'fighters'),
        C('arrested nine of their collaborators', 'detained', 9, 'exact', 'people'),
        C('four soldiers paid the supreme price', 'killed', 4, 'exact', 'soldiers'),
        C('seven others sustained injuries', 'injured', 7, 'exact', 'soldiers', id='inj'),
        C('17 terrorists were neutralised', 'killed', 17, 'exact', 'fighters', tags='repeat'),
        C('scores of others were wounded', 'injured', None, 'vague', 'fighters'),
        C('nine persons', 'detained', 9, 'exact', 'people', tags='repeat'),
        C('over 20 soldiers died', 'killed', 20, 'at-least', 'soldiers', tags='contradicted'),
        C('two of the wounded soldiers', 'injured', 2, 'exact', 'soldiers', sub='inj'),
        C('killed three civilians', 'killed', 3, 'exact', 'civilians'),
        C('some 2,400 persons displaced', 'displaced', 2400, 'approx', 'people'),
        C('dozens of villagers fled', 'displaced', None, 'vague', 'civilians', id='fled'),
        C('Twenty-one of them are still missing', 'missing', 21, 'exact', 'civilians', sub='fled'),
        C('six soldiers lost their lives', 'killed', 6, 'exact', 'soldiers'),
        C('11 others were wounded', 'injured', 11, 'exact', 'soldiers'),
    ],
    sources=[
        S('The Operation Koundjoaré Command', 'military'),
        S('The Command’s spokesperson, Lt.-Col. Kossi Amétépé', 'military', form='title-name'),
        S('Amétépé', 'military', nth=1, form='name'),
        S('The spokesperson', 'military', form='role'),
        S('The Command', 'military', nth=1),
        S('an online news outlet', 'media'),
        S('Sources at the Kara military hospital', 'anonymous'),
        S('the Prefect of Kpendjal, Mr Yendoubé Lare', 'official', form='title-name'),
        S('Lare', 'official', nth=1, form='name'),
        S('A resident of Nagbéni, Mr Djabou Yentchabré', 'witness', form='name'),
        S('The Minister of Security and Civil Protection, Gen. Kodjo Agbéyomé', 'official', form='title-name'),
    ],
    numbers=[
        N('Jan. 12, 2026', 'date'),
        N('their dozens', 'count-people'),
        N('14 AK-47 rifles', 'count-objects'),
        N('two machine guns', 'count-objects'),
        N('40 motorcycles', 'count-objects'),
        N('two neighbouring villages', 'count-objects'),
        N('70-year-old', 'age'),
        N('26 houses', 'count-objects'),
        N('30 tonnes', 'quantity'),
        N('500 sleeping mats', 'count-objects'),
        N('52', 'age'),
        N('July 2023', 'date'),
        N('2022', 'year'),
        N('more than 60 attacks', 'count-objects'),
    ])

# en06: an NGO statement on jihadist killings of suspected informers and mass arrests by soldiers in
# Naki-Est, Tône, Savanes, Togo (headline, dateline, first person plural, demands, notes to editors)
A['en06.txt'] = dict(
    casualty=[
        C('killed at least 23 civilians', 'killed', 23, 'at-least', 'civilians', id='tot'),
        C('detained more than 100 people', 'detained', 100, 'at-least', 'people'),
        C('the 23 victims', 'killed', 23, 'exact', 'civilians', id='v', tags='repeat'),
        C('17 were men', 'killed', 17, 'exact', 'men', sub='v'),
        C('four were women', 'killed', 4, 'exact', 'women', sub='v'),
        C('two were boys', 'killed', 2, 'exact', 'children', sub='v'),
        C('Nine were killed', 'killed', 9, 'exact', 'civilians', sub='v'),
        C('12 people with gunshot or machete wounds', 'injured', 12, 'exact', 'people', id='hw'),
        C('three of whom later died', 'killed', 3, 'exact', 'people', sub='hw'),
        C('rounded up between 70 and 80 men', 'detained', None, 'range', 'men', low=70, high=80, id='mkt'),
        C('At least 15 of them are still held', 'detained', 15, 'at-least', 'men', sub='mkt'),
        C('at least three others', 'missing', 3, 'at-least', 'men', sub='mkt'),
        C('around 5,600 people have fled', 'displaced', 5600, 'approx', 'people'),
        C('“executed” 30 “spies”', 'killed', 30, 'exact', 'people', tags='contradicted'),
        C('nearly 40,000 refugees', 'displaced', 40000, 'at-most', 'people'),
    ],
    sources=[
        S('Civilians First West Africa (CFWA)', 'ngo'),
        S('a 38-year-old woman from Tami', 'witness', form='role'),
        S('A health worker at the Naki-Est dispensary', 'anonymous'),
        S('Relatives', 'witness'),
        S('local officials', 'official', nth=1),
        S('the mother of a 19-year-old', 'witness', form='role'),
        S('Mariam Ouédraogo', 'ngo', form='name'),
        S('The Ministry of Security', 'official'),
        S('the Tône prefectural authorities', 'official'),
        S('JNIM', 'military'),
        S('UNHCR', 'ngo'),
    ],
    numbers=[
        N('21 February 2025', 'date'),
        N('46 people', 'count-people'),
        N('two visits', 'count-objects'),
        N('aged 14 and 15', 'age'),
        N('14 December', 'date'),
        N('38-year-old', 'age'),
        N('9 January', 'date'),
        N('19-year-old', 'age'),
        N('3 February', 'date'),
        N('several of the attacks', 'count-objects'),
        N('48 hours', 'duration'),
        N('2016', 'year'),
        N('11 West African countries', 'count-objects'),
        N('June 2022', 'date'),
        N('several times', 'other'),
    ])

# en07: an ambush on an army patrol and raids on villages around Bogou, Tandjouaré, Savanes, Togo
# (a broadcaster's website: headline and byline, no dateline, British spelling, straight quotes, a
# hyphenated "15-20" range)
A['en07.txt'] = dict(
    casualty=[
        C('At least 20 killed', 'killed', 20, 'at-least', 'people', id='head'),
        C('killed at least 20 people', 'killed', 20, 'at-least', 'people', id='tot', tags='repeat'),
        C('eight soldiers', 'killed', 8, 'exact', 'soldiers', sub='tot'),
        C('at least 12 civilians killed', 'killed', 12, 'at-least', 'civilians', sub='tot'),
        C('nine soldiers were wounded', 'injured', 9, 'exact', 'soldiers'),
        C('lost eight soldiers', 'killed', 8, 'exact', 'soldiers', tags='repeat'),
        C('"about 15 terrorists" had been killed', 'killed', 15, 'approx', 'fighters'),
        C('shot dead five men', 'killed', 5, 'exact', 'men'),
        C('At least seven young men are missing', 'missing', 7, 'at-least', 'men'),
        C('two dozen wounded people', 'injured', 24, 'exact', 'people', id='w'),
        C('11 of them', 'injured', 11, 'exact', 'people', sub='w'),
        C('three had died', 'killed', 3, 'exact', 'people', sub='w'),
        C('killed more than 40 soldiers', 'killed', 40, 'at-least', 'soldiers', tags='contradicted'),
        C('captured three others', 'detained', 3, 'exact', 'soldiers', tags='contradicted'),
        C('more than 2,000 people have fled', 'displaced', 2000, 'at-least', 'people'),
        C('15-20 families', 'displaced', None, 'range', 'people', low=15, high=20),
        C('about 35,000 refugees', 'displaced', 35000, 'approx', 'people'),
        C('tens of thousands of Togolese displaced', 'displaced', None, 'vague', 'people'),
    ],
    sources=[
        S('the government', 'official'),
        S('a government statement', 'official', form='document'),
        S('The statement', 'official', form='document'),
        S("The army's chief of staff, Gen Tchilabalo Assih", 'military', form='title-name'),
        S('Residents', 'witness'),
        S('A resident of Bogou', 'anonymous'),
        S('A nurse at the Tandjouaré medical centre', 'anonymous'),
        S("The al-Qaeda-affiliated group Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", 'military'),
        S('The army', 'military', nth=1),
        S('Local officials in Tandjouaré', 'official'),
        S("the town's mayor, Nabourema Lalle", 'official', form='title-name'),
        S('Aid agencies', 'ngo'),
        S('Security analyst Aïcha Soumana', 'other', form='title-name'),
    ],
    numbers=[
        N('two nearby villages', 'count-objects'),
        N('some 40km', 'distance'),
        N('25 miles', 'distance'),
        N('2022', 'year'),
        N('the three villages', 'count-objects'),
        N('more than 50 attacks', 'count-objects'),
        N('2021', 'year'),
    ])

# en08: a night raid on Borgou, Kpendjal-Ouest, Savanes, Togo, and its aftermath (a newspaper's own
# correspondent: headline, byline, em-dash asides, curly single quotes, British spelling)
A['en08.txt'] = dict(
    casualty=[
        C('killed 16 people', 'killed', 16, 'exact', 'people', id='tot'),
        C('two of his grandchildren', 'killed', 2, 'exact', 'children', sub='tot'),
        C('three brothers', 'killed', 3, 'exact', 'men'),
        C('a lower toll of 14 dead', 'killed', 14, 'exact', 'people', tags='contradicted'),
        C('six wounded', 'injured', 6, 'exact', 'people'),
        C('dug 17 graves', 'killed', 17, 'exact', 'people', tags='update'),
        C('One more body', 'killed', 1, 'exact', 'people'),
        C('seven or eight men were still missing', 'missing', None, 'range', 'men', low=7, high=8),
        C('19 wounded', 'injured', 19, 'exact', 'people', id='w', tags='contradicted'),
        C('five of them children', 'injured', 5, 'exact', 'children', sub='w'),
        C('took away at least nine people', 'detained', 9, 'at-least', 'people', id='abd'),
        C('four women', 'detained', 4, 'exact', 'women', sub='abd'),
        C('killed ‘several terrorists’', 'killed', None, 'vague', 'fighters'),
        C('arrested 23 suspects', 'detained', 23, 'exact', 'people'),
        C('some 250 displaced families', 'displaced', 250, 'approx', 'people'),
        C('58 civilians killed', 'killed', 58, 'exact', 'civilians', id='rep'),
        C('21 of them', 'killed', 21, 'exact', 'civilians', sub='rep'),
    ],
    sources=[
        S('Villagers', 'witness'),
        S('Fatimata Lankoandé', 'witness', form='name'),
        S('the prefect, Colonel Essozimna Tchalla', 'official', form='title-name'),
        S('the village chief, Yendoubé Nanguit', 'official', form='title-name'),
        S('staff', 'anonymous'),
        S('residents', 'witness', nth=1),
        S('Their families', 'witness'),
        S('A soldier at a checkpoint outside the village', 'anonymous'),
        S('The army', 'military'),
        S('Togo’s government', 'official'),
        S('human rights groups', 'ngo'),
        S('the Lomé-based Coalition for Civilian Protection in Togo', 'ngo'),
        S('The report', 'ngo', form='document'),
        S('Nanguit', 'official', nth=1, form='name'),
    ],
    numbers=[
        N('eight kilometres', 'distance'),
        N('about 60 of them', 'count-people'),
        N('11pm', 'time'),
        N('34', 'age'),
        N('2023', 'year'),
        N('eight beds', 'count-objects'),
        N('one nurse', 'count-people'),
        N('40 soldiers', 'count-people'),
        N('roughly 3,500 inhabitants', 'population'),
        N('2022', 'year'),
        N('‘thousands’ of troops', 'count-people'),
        N('2024', 'year'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
