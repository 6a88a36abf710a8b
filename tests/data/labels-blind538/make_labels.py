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

# ---------------------------------------------------------------- labels (blind set 538: gd01-gd08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('dying / martyred / buried / burying / crushed to death / remains',
     r'\bdying\b|\bmartyred\b|\bburi(?:ed|ng)\b|\bburying\b|\bcrushed to death\b|\bremains\b'),
    ('captured / taken … prisoner / rounded up / held / seized',
     r'\bcaptur(?:ed|ing)\b|\bprisoner\b|\brounded up\b|\bheld\b|\bseized\b'),
    ('crossed / sheltering / left their homes / refugees / fleeing',
     r'\bcrossed\b|\bsheltering\b|\bleave their homes\b|\bleft\b|\brefugees?\b|\bfleeing\b'),
    ('beaten / with wounds', r'\bbeaten\b|\bwounds\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('saboteurs/criminals/guerrillas', r'\b(?:saboteurs|criminals|guerrillas)\b'),
    ('gendarmes/policemen/marines/members of the Popular Army',
     r'\b(?:gendarmes|policemen|marines|members of the Popular Army)\b'),
    ('Kurds/refugees/families/citizens/patients', r'\b(?:Kurds|refugees|families|citizens|patients)\b'),
    ('sons/nephews/babies', r'\b(?:sons|nephews|babies)\b'),
    ('party officials', r'\bParty officials\b'),
]

# gd01: gunships strafing a column of fleeing families outside Zakho, Iraq (AFP style, one sentence a
# paragraph, British spelling, curly quotes)
A['gd01.txt'] = dict(
    casualty=[
        C('killing at least 23 people', 'killed', 23, 'at-least', 'people', id='tot'),
        C('nine children', 'killed', 9, 'exact', 'children', sub='tot'),
        C('Dozens more were wounded', 'injured', None, 'vague', 'people'),
        C('received 61 wounded', 'injured', 61, 'exact', 'people', id='wnd'),
        C('14 of them', 'injured', 14, 'exact', 'people', sub='wnd'),
        C('Three of the wounded died', 'killed', 3, 'exact', 'people', sub='wnd'),
        C('the toll from the attack to 26', 'killed', 26, 'exact', 'people', tags='update'),
        C('killed “more than 300 saboteurs”', 'killed', 300, 'at-least', 'fighters'),
        C('captured 150 others', 'detained', 150, 'exact', 'fighters'),
        C('about 250,000 Iraqi Kurds had fled', 'displaced', 250000, 'approx', 'people'),
        C('at least 70 had died', 'killed', 70, 'at-least', 'people'),
        C('the bodies of seven men', 'killed', 7, 'exact', 'men'),
        C('11 others who are still missing', 'missing', 11, 'exact', 'men'),
        C('up to 500 people were dying', 'killed', 500, 'at-most', 'people'),
    ],
    sources=[
        S('a Kurdish rebel commander', 'anonymous'),
        S('Witnesses', 'witness'),
        S('Nasreen Hassan', 'witness', form='name'),
        S('Doctors at the town’s hospital', 'anonymous'),
        S('Dr Aziz Mustafa', 'official', form='title-name'),
        S('Baghdad', 'official', nth=0),
        S('Baghdad radio', 'media'),
        S('the interior ministry', 'official'),
        S('Turkish officials', 'official'),
        S('A US military spokesman, Major Tom Kessler', 'military', form='title-name'),
        S('Local Kurds', 'witness'),
        S('The office of the UN High Commissioner for Refugees (UNHCR)', 'ngo'),
        S('UNHCR spokesman Pierre Lambert', 'ngo', form='title-name'),
        S('residents', 'witness'),
    ],
    numbers=[
        N('two helicopters', 'count-objects'),
        N('several kilometres', 'distance'),
        N('three times', 'other'),
        N('38', 'age'),
        N('her five children', 'count-people'),
        N('several tent camps', 'count-objects'),
        N('about 1,200 marines', 'count-people'),
        N('400 British commandos', 'count-people'),
        N('some 30 kilometres', 'distance'),
        N('600 tonnes', 'quantity'),
        N('10 days', 'duration'),
        N('about 80,000 people', 'population'),
    ])

# gd02: deaths from cold, hunger and a falling aid pallet in the Isikveren mountain camp, Turkey
# (Reuters style, American spelling, straight quotes)
A['gd02.txt'] = dict(
    casualty=[
        C('killed at least 32 people', 'killed', 32, 'at-least', 'people'),
        C('some 80,000 Iraqi Kurds are sheltering', 'displaced', 80000, 'approx', 'people'),
        C('17 patients had died', 'killed', 17, 'exact', 'people'),
        C('killing five people', 'killed', 5, 'exact', 'people', id='drop'),
        C('two children', 'killed', 2, 'exact', 'children', sub='drop'),
        C('more than 400,000 Kurds had crossed', 'displaced', 400000, 'at-least', 'people'),
        C('1,250 had died', 'killed', 1250, 'exact', 'people'),
        C('as many as 2,000 people had died', 'killed', 2000, 'at-most', 'people', tags='contradicted'),
        C('arrested "hundreds of young men"', 'detained', None, 'vague', 'men'),
        C('beaten several men', 'injured', None, 'vague', 'men'),
        C('almost 60 people had died', 'killed', 60, 'at-most', 'people'),
        C('a dozen gendarmes had been hurt', 'injured', 12, 'exact', 'soldiers'),
        C('burying 20 or 30 people', 'killed', None, 'range', 'people', low=20, high=30),
        C('more than 100 people were still missing', 'missing', 100, 'at-least', 'people'),
        C('the overnight toll in Isikveren to 38', 'killed', 38, 'exact', 'people', tags='update'),
    ],
    sources=[
        S('Turkish officials', 'official', nth=0),
        S('relief workers', 'ngo'),
        S('Dr. Kemal Aydin', 'military', form='title-name'),
        S('witnesses', 'witness'),
        S('Salar Ahmed', 'witness', form='name'),
        S('A U.S. Air Force spokesman', 'military'),
        S("Turkey's Interior Ministry", 'official'),
        S('The Kurdistan Front', 'military'),
        S('Kurdish exile activists in Ankara', 'other'),
        S('refugees', 'witness'),
        S('A Turkish official', 'anonymous'),
        S('a doctor with the French group Medecins du Monde', 'anonymous'),
        S('Aid workers', 'ngo'),
        S('The U.N. refugee agency', 'ngo'),
        S('Turkish officials', 'official', nth=1),
    ],
    numbers=[
        N('April 11', 'date'),
        N('under five', 'age'),
        N('about 400 people', 'count-people'),
        N('27-year-old', 'age'),
        N('C-130', 'other'),
        N('46 sorties', 'count-objects'),
        N('about 270 tons', 'quantity'),
        N('at least 60 tons', 'quantity'),
        N('500,000 liters', 'quantity'),
        N('30 more staff', 'count-people'),
        N('$60 million', 'money'),
    ])

# gd03: gunships firing on a column crossing a pass to Cukurca, Hakkari, Turkey, and mines above the
# village (AP style, em-dash dateline, American spelling, curly quotes)
A['gd03.txt'] = dict(
    casualty=[
        C('thousands of fleeing Kurds', 'displaced', None, 'vague', 'people'),
        C('killing 19 people', 'killed', 19, 'exact', 'people', id='tot'),
        C('wounding dozens', 'injured', None, 'vague', 'people'),
        C('two young sons were among the dead', 'killed', 2, 'exact', 'children', sub='tot'),
        C('19 bodies', 'killed', 19, 'exact', 'people', tags='repeat'),
        C('47 wounded refugees', 'injured', 47, 'exact', 'people', id='w'),
        C('nine of them', 'injured', 9, 'exact', 'people', sub='w'),
        C('Two more of the wounded died', 'killed', 2, 'exact', 'people', sub='w'),
        C('the death toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('killed 60 of them', 'killed', 60, 'exact', 'fighters', tags='contradicted'),
        C('more than 300,000 Iraqi refugees', 'displaced', 300000, 'at-least', 'people'),
        C('scores of refugee families', 'displaced', None, 'vague', 'people'),
        C('at least 11 refugees had been killed', 'killed', 11, 'at-least', 'people'),
        C('10 to 15 people', 'killed', None, 'range', 'people', low=10, high=15),
        C('lost four fighters', 'killed', 4, 'exact', 'fighters'),
        C('taken 13 soldiers prisoner', 'detained', 13, 'exact', 'soldiers'),
        C('Tens of thousands more people have been forced from their homes', 'displaced', None, 'vague',
          'people'),
    ],
    sources=[
        S('survivors', 'witness'),
        S('Turkish border officials', 'official'),
        S('The refugees', 'witness'),
        S('Jamal Rashid', 'witness', form='name'),
        S('A Turkish district official, Nevzat Oral', 'official', form='title-name'),
        S('Oral', 'official', nth=1, form='name'),
        S('Iraq’s official news agency, INA', 'media'),
        S('the government', 'official'),
        S('Residents of Cukurca', 'witness'),
        S('A doctor with a Turkish Red Crescent team', 'anonymous'),
        S('The Red Crescent', 'ngo'),
        S('Kurdish peshmerga guerrillas', 'military'),
        S('the guerrillas', 'military'),
    ],
    numbers=[
        N('five days', 'duration'),
        N('two helicopters', 'count-objects'),
        N('about 20 minutes', 'duration'),
        N('45-year-old', 'age'),
        N('about 200 kilometers', 'distance'),
        N('about 3,000 people', 'population'),
        N('1980s', 'year'),
        N('62 children', 'count-people'),
    ])

# gd04: a UN situation report on the refugee sites of Uludere district, Şırnak, Turkey (headings,
# highlights, figures by site, access, response, funding)
A['gd04.txt'] = dict(
    casualty=[
        C('Nearly 96,000 Iraqi Kurds are now sheltering', 'displaced', 96000, 'at-most', 'people', id='tot',
          tags='update'),
        C('71,000', 'displaced', 71000, 'exact', 'people'),
        C('At least 212 deaths', 'killed', 212, 'at-least', 'people', id='d'),
        C('61 of the dead were children', 'killed', 61, 'exact', 'children', sub='d'),
        C('34 wounded people', 'injured', 34, 'exact', 'people', id='w'),
        C('six died', 'killed', 6, 'exact', 'people', sub='w'),
        C('20,000–25,000 people who fled', 'displaced', None, 'range', 'people', low=20000, high=25000),
        C('57 men detained', 'detained', 57, 'exact', 'men'),
        C('Two aid workers were injured', 'injured', 2, 'exact', 'other'),
        C('about 41,000 people sheltering', 'displaced', 41000, 'approx', 'people', sub='tot'),
        C('97 deaths', 'killed', 97, 'exact', 'people', sub='d'),
        C('some 30,000 people', 'displaced', 30000, 'approx', 'people', sub='tot'),
        C('64 deaths', 'killed', 64, 'exact', 'people', sub='d'),
        C('17,500 people', 'displaced', 17500, 'exact', 'people', sub='tot'),
        C('33 deaths', 'killed', 33, 'exact', 'people', sub='d'),
        C('approximately 7,400 people', 'displaced', 7400, 'approx', 'people', sub='tot'),
        C('18 deaths', 'killed', 18, 'exact', 'people', sub='d'),
        C('roughly 40 people are dying', 'killed', 40, 'approx', 'people'),
    ],
    sources=[
        S('the district governorate', 'official'),
        S('New arrivals', 'witness'),
        S('The governorate’s health directorate', 'official'),
        S('The Turkish Red Crescent', 'ngo'),
        S('UNHCR protection staff', 'ngo'),
        S('the district governor, Hasan Ekinci', 'official', form='title-name'),
        S('the Turkish General Staff', 'military'),
        S('MSF', 'ngo', nth=1),
        S('partners', 'ngo', nth=1),
        S('WFP', 'ngo'),
        S('The Turkish government', 'official'),
    ],
    numbers=[
        N('No. 6', 'other'),
        N('18 April', 'date'),
        N('17:00', 'time'),
        N('15 to 18 April', 'date'),
        N('four sites', 'count-objects'),
        N('4 April', 'date'),
        N('under five', 'age'),
        N('16 and 17 April', 'date'),
        N('14 April', 'date'),
        N('between 14 and 16 April', 'date'),
        N('126 children', 'count-people'),
        N('15 April', 'date'),
        N('38 supply sorties', 'count-objects'),
        N('17 April', 'date', nth=1),
        N('about 1,900 metres', 'distance'),
        N('three-hour', 'duration'),
        N('two field hospitals', 'count-objects'),
        N('2,300 patients', 'count-people'),
        N('four sites', 'count-objects', nth=1),
        N('6,000 tents', 'count-objects'),
        N('9,000', 'count-objects'),
        N('410 tonnes', 'quantity'),
        N('8 April', 'date'),
        N('US$400 million', 'money'),
        N('22 per cent', 'percentage'),
        N('$150 million', 'money'),
    ])

# gd05: an army operation in Qaladiza, Sulaymaniyah, Iraq, as told by Iraqi state media (INA in the
# NAN manner: headline ending "– Northern Command", "The … Command says", "disclosed this in a
# statement", "According to him", "INA recalls")
A['gd05.txt'] = dict(
    casualty=[
        C('46 saboteurs killed', 'killed', 46, 'exact', 'fighters'),
        C('killing 46 saboteurs', 'killed', 46, 'exact', 'fighters', tags='repeat'),
        C('capturing 112 others', 'detained', 112, 'exact', 'fighters'),
        C('five soldiers were martyred', 'killed', 5, 'exact', 'soldiers'),
        C('nine others wounded', 'injured', 9, 'exact', 'soldiers'),
        C('seven policemen held', 'detained', 7, 'exact', 'soldiers'),
        C('forced thousands of citizens to leave their homes', 'displaced', None, 'vague', 'civilians'),
        C('A number of the criminals have been arrested', 'detained', None, 'vague', 'fighters'),
        C('3,500 families who had fled', 'displaced', 3500, 'exact', 'people'),
        C('killed 14 members of the Popular Army', 'killed', 14, 'exact', 'soldiers'),
        C('22 Ba’ath Party officials', 'killed', 22, 'exact', 'other'),
        C('the bodies of 31 citizens', 'killed', 31, 'exact', 'civilians'),
        C('27 wounded citizens', 'injured', 27, 'exact', 'civilians', id='w'),
        C('eight children', 'injured', 8, 'exact', 'children', sub='w'),
        C('killed hundreds of civilians', 'killed', None, 'vague', 'civilians', tags='contradicted'),
    ],
    sources=[
        S('Northern Command', 'military', nth=0),
        S('The Northern Command', 'military'),
        S('The Command’s spokesman, Staff Brigadier Adnan Sabri', 'military', form='title-name'),
        S('Sabri', 'military', nth=1, form='name'),
        S('the statement', 'military', form='document'),
        S('The Command', 'military', nth=1),
        S('the Governor of Sulaymaniyah, Mr Kamil Hamid', 'official', form='title-name'),
        S('The Director of Health in Sulaymaniyah, Dr Hussein Kadhim', 'official', form='title-name'),
        S('the director', 'official', form='role'),
        S('A resident of Qaladiza, Mr Omar Aziz', 'witness', form='name'),
        S('foreign radio stations', 'media'),
        S('The Command', 'military', nth=2),
    ],
    numbers=[
        N('April 6', 'date'),
        N('5 a.m.', 'time'),
        N('36 hours', 'duration'),
        N('March 8', 'date'),
        N('12,000 people', 'count-people'),
        N('40 doctors and nurses', 'count-people'),
        N('15 ambulances', 'count-objects'),
        N('Decree No. 97', 'other'),
        N('April 30', 'date'),
    ])

# gd06: an NGO statement on deaths, wounded and detentions among families sheltering in the mountains
# above Amadiya, Dohuk, Iraq (list of demands, notes to editors, British spelling, curly quotes)
A['gd06.txt'] = dict(
    casualty=[
        C('143 deaths', 'killed', 143, 'exact', 'people', id='d'),
        C('88 of them children', 'killed', 88, 'exact', 'children', sub='d'),
        C('around 60,000 people who fled', 'displaced', 60000, 'approx', 'people'),
        C('buried twenty-one people', 'killed', 21, 'exact', 'people', id='b'),
        C('seven of them babies', 'killed', 7, 'exact', 'children', sub='b'),
        C('37 people with wounds', 'injured', 37, 'exact', 'people', id='w'),
        C('12 women', 'injured', 12, 'exact', 'women', sub='w'),
        C('Three of the wounded have since died', 'killed', 3, 'exact', 'people', sub='w'),
        C('killing at least 30 people', 'killed', 30, 'at-least', 'people'),
        C('two of her sons were arrested', 'detained', 2, 'exact', 'men'),
        C('between 300 and 400 people have died', 'killed', None, 'range', 'people', low=300, high=400),
        C('the number at more than 1,000', 'killed', 1000, 'at-least', 'people', tags='contradicted'),
        C('“hundreds” have left the district', 'displaced', None, 'vague', 'people', tags='contradicted'),
        C('at least four children were injured', 'injured', 4, 'at-least', 'children'),
        C('the 60,000 people sheltering', 'displaced', 60000, 'exact', 'people', tags='repeat'),
        C('several hundred', 'detained', None, 'vague', 'men'),
    ],
    sources=[
        S('the agency', 'ngo'),
        S('The team', 'ngo'),
        S('Dr Helen Marsh', 'ngo', nth=0, form='title-name'),
        S('Families', 'witness'),
        S('A 52-year-old woman, Khadija', 'witness', form='name'),
        S('Other relief agencies in the area', 'ngo'),
        S('The Kurdistan Front', 'military'),
        S('The Iraqi government', 'official', nth=0),
        S('a Kurdish nurse', 'anonymous'),
        S('HMR', 'ngo', nth=5),
    ],
    numbers=[
        N('19 April', 'date'),
        N('10 days', 'duration'),
        N('the age of five', 'age'),
        N('9 April', 'date'),
        N('more than 1,100 patients', 'count-people'),
        N('5 April', 'date'),
        N('52-year-old', 'age'),
        N('2 April', 'date'),
        N('14 April', 'date'),
        N('$400 million', 'money'),
        N('1979', 'year'),
        N('14 international staff', 'count-people'),
        N('60 Iraqi doctors and nurses', 'count-people'),
    ])

# gd07: gunships on a refugee column near Kani Masi, Dohuk, Iraq, and the camp above it (a
# broadcaster's website: headline and byline, no dateline, reporter's "I", en-dash range)
A['gd07.txt'] = dict(
    casualty=[
        C('killing 15-20 people', 'killed', None, 'range', 'people', low=15, high=20),
        C('several thousand people', 'displaced', None, 'vague', 'people'),
        C('the bodies of 17 people', 'killed', 17, 'exact', 'people'),
        C('killed a family of six', 'killed', 6, 'exact', 'people'),
        C('treated 74 wounded', 'injured', 74, 'exact', 'people', id='w'),
        C('21 children', 'injured', 21, 'exact', 'children', sub='w'),
        C('11 women', 'injured', 11, 'exact', 'women', sub='w'),
        C('seven or eight of them', 'injured', None, 'range', 'people', low=7, high=8, sub='w'),
        C('Two Turkish journalists were also slightly wounded', 'injured', 2, 'exact', 'other'),
        C('around 100,000 people are sheltering', 'displaced', 100000, 'approx', 'people'),
        C('at least three people had been crushed to death', 'killed', 3, 'at-least', 'people'),
        C('40–50 people', 'killed', None, 'range', 'people', low=40, high=50),
        C('about 25 deaths', 'killed', 25, 'approx', 'people', tags='contradicted'),
        C('upwards of 5,000 people were killed', 'killed', 5000, 'at-least', 'people'),
        C('rounded up more than 2,000 men', 'detained', 2000, 'at-least', 'men', id='r'),
        C('at least 600 of them are still missing', 'missing', 600, 'at-least', 'men', sub='r'),
    ],
    sources=[
        S('Kurdish fighters', 'military'),
        S('Hawre', 'witness', form='name'),
        S('A peshmerga commander, Aziz Barzinji', 'military', form='title-name'),
        S('Refugees', 'witness'),
        S('Medics at a field clinic', 'anonymous'),
        S('the Turkish news agency Anatolia', 'media'),
        S("Iraq's government", 'official'),
        S('A spokesman for the Iraqi embassy in London', 'official', form='role'),
        S('the UN refugee agency, UNHCR', 'ngo'),
        S('a British army officer', 'anonymous'),
        S('Relief workers', 'ngo'),
        S("The UN's figures", 'ngo', form='document'),
        S('a spokeswoman in Geneva, Sylvie Marchand', 'ngo', form='title-name'),
        S('Officials of the Kurdistan Democratic Party', 'military'),
        S('Karim Zangana', 'other', form='name'),
        S('The Pentagon', 'military'),
    ],
    numbers=[
        N('two days', 'duration'),
        N('two helicopters', 'count-objects'),
        N('16', 'age'),
        N('some 1,000 food parcels', 'count-objects'),
        N('hundreds of men', 'count-people'),
        N('1988', 'year'),
        N('some 8,000 American troops', 'count-people'),
    ])

# gd08: families returning to Sirsenk, Dohuk, Iraq, under allied protection (a British newspaper's own
# correspondent: headline and byline, "told me", an em-dash aside, curly quotes)
A['gd08.txt'] = dict(
    casualty=[
        C('an estimated 450,000 Kurds', 'displaced', 450000, 'approx', 'people'),
        C('rounded up 43 men', 'detained', 43, 'exact', 'men', id='r', tags='contradicted'),
        C('his two nephews', 'detained', 2, 'exact', 'men', sub='r'),
        C('112 people missing', 'missing', 112, 'exact', 'people'),
        C('the remains of at least 14 people', 'killed', 14, 'at-least', 'people'),
        C('57 people died', 'killed', 57, 'exact', 'people', id='f'),
        C('23 children', 'killed', 23, 'exact', 'children', sub='f'),
        C('over 100 were wounded', 'injured', 100, 'at-least', 'people'),
        C('the figure at fewer than ten', 'killed', 10, 'at-most', 'people', tags='contradicted'),
        C('16 people wounded', 'injured', 16, 'exact', 'people', id='m'),
        C('Two of those', 'injured', 2, 'exact', 'people', sub='m'),
        C('Two marines were slightly injured', 'injured', 2, 'exact', 'soldiers'),
        C('two of her children died', 'killed', 2, 'exact', 'children'),
        C('buried two dozen people', 'killed', 24, 'exact', 'people'),
    ],
    sources=[
        S('the United Nations', 'ngo'),
        S('Ahmed Salih', 'witness', form='name'),
        S('The town’s mayor', 'official', form='role'),
        S('a US Marine officer, Captain Dale Hunter', 'military', form='title-name'),
        S('An Iraqi liaison officer, Colonel Faris Jabr', 'military', form='title-name'),
        S('The Kurdistan Front', 'military'),
        S('Iraqi officials in Dohuk', 'official'),
        S('a doctor', 'anonymous'),
        S('Hunter', 'military', nth=1, form='name'),
        S('a British staff officer', 'anonymous'),
        S('Leila Aziz', 'witness', form='name'),
        S('The imam of the town’s main mosque, Mullah Anwar Sidiq', 'other', form='title-name'),
        S('UNHCR', 'ngo'),
    ],
    numbers=[
        N('every 15 minutes', 'duration'),
        N('7,000 people', 'population'),
        N('perhaps 2,000', 'count-people'),
        N('a handful of shops', 'count-objects'),
        N('60-year-old', 'age'),
        N('30 March', 'date'),
        N('2 April', 'date'),
        N('210 patients', 'count-people'),
        N('four days', 'duration'),
        N('about 2,400 troops', 'count-people'),
        N('Her family of nine', 'count-people'),
        N('11 days', 'duration'),
        N('30 staff', 'count-people'),
        N('20,000 people', 'count-people'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
