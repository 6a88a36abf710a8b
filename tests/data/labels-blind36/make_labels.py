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

# ---------------------------------------------------------------- labels (thirty-sixth blind set: mm01-mm08)

STATS_EXTRA_OUTCOME_WORDS += [
    ('martyrdom / martyred / martyrs / shot dead', r'\bmartyr\w*\b|\bshot dead\b'),
    ('arrest / detention / held', r'\barrest\b|\bdetention\b|\bheld\b'),
    ('the wounding of / gunshot wounds', r'\bwounding of\b|\bwounds\b'),
    ('sheltering / already displaced / displaced people', r'\bfurther\b|\bdisplaced people\b'),
]
STATS_EXTRA_GROUP_NOUNS += [
    ('worshippers/passengers/patients/persons', r'\b(?:worshippers|passengers|patients|persons)\b'),
    ('members/attackers/collaborators/suspects', r'\b(?:members|attackers|collaborators|suspects)\b'),
    ('Palestinians/Israelis', r'\b(?:Palestinians|Israelis)\b'),
    ('officers/martyrs', r'\b(?:officers|martyrs)\b'),
    ('teenage boys/boys', r'\bboys\b'),
]

# mm01: suicide bombing of a mosque in Maimana, Faryab province, Afghanistan (Reuters style)
A['mm01.txt'] = dict(
    casualty=[
        C('killing at least 16 worshippers', 'killed', 16, 'at-least', 'people', id='tot'),
        C('wounding 40 others', 'injured', 40, 'exact', 'people'),
        C('received 19 bodies', 'killed', 19, 'exact', 'people', tags='contradicted'),
        C('more than 50 wounded', 'injured', 50, 'at-least', 'people', id='hinj', tags='contradicted'),
        C('several of them', 'injured', None, 'vague', 'people', sub='hinj'),
        C('the death toll to 21', 'killed', 21, 'exact', 'people', tags='update'),
        C('five more people had died', 'killed', 5, 'exact', 'people'),
        C('the number of injured at 47', 'injured', 47, 'exact', 'people', id='inj47', tags='update'),
        C('11 children', 'injured', 11, 'exact', 'children', sub='inj47'),
        C('killed "dozens of Taliban fighters', 'killed', None, 'vague', 'fighters', tags='contradicted'),
        C('the deaths of 18 civilians', 'killed', 18, 'exact', 'civilians', id='un', tags='contradicted'),
        C('four children', 'killed', 4, 'exact', 'children', sub='un'),
        C('six or seven bodies', 'killed', None, 'range', 'people', low=6, high=7),
        C('arrested three suspects', 'detained', 3, 'exact', 'people'),
        C('killed nine people', 'killed', 9, 'exact', 'people'),
    ],
    sources=[
        S("a spokesman for the Taliban's provincial police", 'official', form='role'),
        S('the spokesman, Abdul Karim Yurish', 'official', form='title-name'),
        S('A doctor at the provincial hospital', 'anonymous'),
        S('the provincial public health department', 'official'),
        S('The Islamic State Khorasan Province (ISKP) militant group', 'military'),
        S("the group's Amaq news agency", 'media'),
        S('The U.N. Assistance Mission in Afghanistan (UNAMA)', 'ngo'),
        S('Nurullah', 'witness', form='name'),
        S("The Taliban's General Directorate of Intelligence", 'official'),
    ],
    numbers=[
        N('1:15 p.m.', 'time'),
        N('roughly 300 men', 'count-people'),
        N('34-year-old', 'age'),
        N('two explosive vests', 'count-objects'),
        N('August 2021', 'date'),
        N('dozens of attacks', 'count-objects'),
        N('two years', 'duration'),
        N('about 400 km', 'distance'),
        N('250 miles', 'distance'),
        N('around 1.1 million people', 'population'),
        N('one', 'other'),
    ])

# mm02: an Israeli raid on the Old City of Nablus, occupied West Bank (AFP style)
A['mm02.txt'] = dict(
    casualty=[
        C('killed four Palestinians', 'killed', 4, 'exact', 'people', id='tot'),
        C('23 people had been wounded', 'injured', 23, 'exact', 'people', id='inj'),
        C('four of them', 'injured', 4, 'exact', 'people', sub='inj'),
        C('31 people had been injured', 'injured', 31, 'exact', 'people', id='prcs', tags='contradicted'),
        C('19 of them', 'injured', 19, 'exact', 'people', sub='prcs'),
        C('killed three “armed terrorists', 'killed', 3, 'exact', 'fighters'),
        C('detained eight suspects', 'detained', 8, 'exact', 'people'),
        C('two of the dead were its fighters', 'killed', 2, 'exact', 'fighters', sub='tot'),
        C('all four', 'killed', 4, 'exact', 'people', tags='repeat'),
        C('held between 20 and 30 young men', 'detained', None, 'range', 'men', low=20, high=30),
        C('14 people had been arrested', 'detained', 14, 'exact', 'people', id='pps'),
        C('six', 'detained', 6, 'exact', 'people', sub='pps', tags='contradicted'),
        C('killed at least 870 Palestinians', 'killed', 870, 'at-least', 'people', id='wb'),
        C('scores of civilians', 'killed', None, 'vague', 'civilians', sub='wb'),
        C('at least 36 Israelis', 'killed', 36, 'at-least', 'people'),
    ],
    sources=[
        S('the Palestinian health ministry', 'official'),
        S('The ministry', 'official'),
        S('The Palestinian Red Crescent', 'ngo'),
        S('The Israeli army', 'military'),
        S('A local armed group, the Lions’ Den', 'military'),
        S('Residents', 'witness'),
        S('Abu Hassan Shakaa', 'witness', form='name'),
        S('The Palestinian Prisoners’ Society', 'ngo'),
        S('health ministry figures', 'official', form='document'),
        S('official Israeli figures', 'official', form='document'),
    ],
    numbers=[
        N('one', 'other'),
        N('16-year-old', 'age'),
        N('nearly two hours', 'duration'),
        N('58', 'age'),
        N('October 2023', 'date'),
        N('2022', 'year'),
        N('1967', 'year'),
        N('some 500,000 Israelis', 'population'),
        N('about three million Palestinians', 'population'),
    ])

# mm03: an attack on an army checkpoint near Fallujah, Anbar, Iraq (state media, INA style)
A['mm03.txt'] = dict(
    casualty=[
        C('the martyrdom of two members of the army', 'killed', 2, 'exact', 'soldiers'),
        C('the wounding of three others', 'injured', 3, 'exact', 'soldiers'),
        C('killing 6 terrorists', 'killed', 6, 'exact', 'fighters'),
        C('the bodies of the two martyrs', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('five wounded persons', 'injured', 5, 'exact', 'people', id='hosp'),
        C('two civilian passers-by', 'injured', 2, 'exact', 'civilians', id='civ', sub='hosp'),
        C('one of whom', 'injured', 1, 'exact', 'civilians', sub='civ'),
        C('the arrest of 11 wanted persons', 'detained', 11, 'exact', 'people'),
        C('two heroic martyrs', 'killed', 2, 'exact', 'soldiers', tags='repeat'),
        C('killed 37 terrorists', 'killed', 37, 'exact', 'fighters'),
        C('arrested 142 others', 'detained', 142, 'exact', 'fighters'),
        C('9 members of the security forces had been martyred', 'killed', 9, 'exact', 'soldiers'),
    ],
    sources=[
        S('The Security Media Cell', 'military'),
        S('The Cell', 'military'),
        S('The Joint Operations Command', 'military'),
        S('A source in Fallujah Teaching Hospital', 'anonymous'),
        S('the Anbar Police Command', 'official'),
        S('Anbar Governor Saad Jasim al-Fahdawi', 'official', form='title-name'),
        S('the Ministry of Defense', 'military'),
        S('The Security Media Cell', 'military', nth=1),
        S('The Ministry of Migration and Displacement', 'official'),
    ],
    numbers=[
        N('11:40 p.m.', 'time'),
        N('4 precise air strikes', 'count-objects'),
        N('3 hideouts', 'count-objects'),
        N('2 vehicles', 'count-objects'),
        N('Article 4', 'other'),
        N('10 million dinars', 'money'),
        N('27', 'age'),
        N('23', 'age'),
        N('60 km', 'distance'),
        N('January 2014', 'date'),
        N('June 2016', 'date'),
        N('more than 95 percent', 'percentage'),
    ])

# mm04: fighting in Lalibela, Amhara, Ethiopia (UN OCHA flash update)
A['mm04.txt'] = dict(
    casualty=[
        C('killed at least 27 civilians', 'killed', 27, 'at-least', 'civilians'),
        C('injured more than 60 others', 'injured', 60, 'at-least', 'civilians'),
        C('An estimated 18,000 people have been displaced', 'displaced', 18000, 'approx', 'people'),
        C('34 wounded people', 'injured', 34, 'exact', 'people', id='hosp'),
        C('6 of them children', 'injured', 6, 'exact', 'children', sub='hosp'),
        C('Nine patients died', 'killed', 9, 'exact', 'people'),
        C('killing 8 passengers', 'killed', 8, 'exact', 'people'),
        C('injuring 5', 'injured', 5, 'exact', 'people'),
        C('about 18,000 people have fled', 'displaced', 18000, 'approx', 'people', tags='repeat'),
        C('A further 2,000–2,500 people', 'displaced', None, 'range', 'people', low=2000, high=2500),
        C('at least 70 men had been detained', 'detained', 70, 'at-least', 'men'),
        C('more than 700,000 people have been displaced', 'displaced', 700000, 'at-least', 'people'),
    ],
    sources=[
        S('local health authorities', 'official'),
        S('the North Wollo Zone Health Department', 'official'),
        S('local sources', 'anonymous'),
        S('The Lasta Woreda administration', 'official'),
        S('partners', 'ngo', form='collective'),
        S('Partners', 'ngo', form='collective'),
        S('Partners', 'ngo', nth=1, form='collective'),
        S('Local sources', 'anonymous'),
        S('the International Organization for Migration (IOM)', 'ngo'),
    ],
    numbers=[
        N('No. 2', 'other'),
        N('19 May 2025', 'date'),
        N('14 May', 'date'),
        N('15 May', 'date'),
        N('14 May', 'date', nth=1),
        N('several directions', 'count-objects'),
        N('four days', 'duration'),
        N('12th-century', 'date'),
        N('14 and 15 May', 'date'),
        N('16 May', 'date'),
        N('14 May', 'date', nth=2),
        N('three church compounds', 'count-objects'),
        N('2 of the 5 doctors', 'count-people'),
        N('40 per cent', 'percentage'),
        N('1,250 households', 'count-people'),
        N('a further 2,000 households', 'count-people'),
        N('640 consultations', 'count-objects'),
        N('16 May', 'date', nth=1),
        N('2025', 'year', nth=1),
        N('US$2.3 billion', 'money'),
        N('14 per cent', 'percentage'),
        N('August 2023', 'date'),
    ])

# mm05: a Boko Haram attack on an army base on Lake Chad near Bol, Chad (dpa style, one sentence a paragraph)
A['mm05.txt'] = dict(
    casualty=[
        C('At least 17 Chadian soldiers were killed', 'killed', 17, 'at-least', 'soldiers'),
        C('32 soldiers had been wounded', 'injured', 32, 'exact', 'soldiers'),
        C('killed more than 60 of the attackers', 'killed', 60, 'at-least', 'fighters'),
        C('21 bodies', 'killed', 21, 'exact', 'people', id='hb', tags='contradicted'),
        C('35-40 wounded', 'injured', None, 'range', 'people', low=35, high=40, tags='contradicted'),
        C('Several civilians', 'killed', None, 'vague', 'civilians', sub='hb'),
        C('the bodies of at least five villagers', 'killed', 5, 'at-least', 'civilians', id='w'),
        C('two of them women', 'killed', 2, 'exact', 'women', sub='w'),
        C('dozens of families had fled', 'displaced', None, 'vague', 'people'),
        C('some 3,400 people had fled', 'displaced', 3400, 'approx', 'people'),
        C('more than 220,000 people already displaced', 'displaced', 220000, 'at-least', 'people'),
        C('killed "over 100 soldiers', 'killed', 100, 'at-least', 'soldiers', tags='contradicted'),
        C('arrested 12 people', 'detained', 12, 'exact', 'people', id='arr'),
        C('three women', 'detained', 3, 'exact', 'women', sub='arr'),
        C('killed nearly 100 soldiers', 'killed', 100, 'at-most', 'soldiers'),
        C('killed tens of thousands of people', 'killed', None, 'vague', 'people'),
        C('displaced some 3 million', 'displaced', 3000000, 'approx', 'people'),
    ],
    sources=[
        S('the army', 'military'),
        S('army spokesman General Issakha Acheikh', 'military', form='title-name'),
        S('A medical source at the district hospital in Bol', 'anonymous'),
        S('the source', 'anonymous'),
        S('the presidency', 'official'),
        S('fisherman Abakar Mahamat', 'witness', form='name'),
        S('Residents', 'witness'),
        S('The International Organization for Migration (IOM)', 'ngo'),
        S('The Bakura faction of Boko Haram', 'military'),
        S('The army', 'military'),
        S("Chad's government", 'official'),
        S('the United Nations', 'ngo'),
    ],
    numbers=[
        N('about 20 motorised canoes', 'count-objects'),
        N('2 am', 'time'),
        N('three days', 'duration'),
        N('41', 'age'),
        N('four armoured vehicles', 'count-objects'),
        N('March 2020', 'date'),
        N('four countries', 'count-objects'),
        N('2009', 'year'),
    ])

# mm06: an al-Shabab attack on an army base in Garbaharey, Gedo region, Somalia (broadcaster, BBC style)
A['mm06.txt'] = dict(
    casualty=[
        C('Dozens killed', 'killed', None, 'vague', 'people'),
        C('At least 30 people have been killed', 'killed', 30, 'at-least', 'people', id='tot'),
        C('18 soldiers', 'killed', 18, 'exact', 'soldiers', sub='tot'),
        C('14 civilians were among the dead', 'killed', 14, 'exact', 'civilians', sub='tot'),
        C('as many as 50 people had been wounded', 'injured', 50, 'at-most', 'people'),
        C('killed 57 “apostate soldiers', 'killed', 57, 'exact', 'soldiers', tags='contradicted'),
        C('11 bodies', 'killed', 11, 'exact', 'people'),
        C('38 wounded', 'injured', 38, 'exact', 'people', id='h'),
        C('nine children', 'injured', 9, 'exact', 'children', sub='h'),
        C('Two of the wounded died', 'killed', 2, 'exact', 'people', sub='h'),
        C('5,000 to 7,000 people had fled', 'displaced', None, 'range', 'people', low=5000, high=7000),
        C('more than 100,000 displaced people', 'displaced', 100000, 'at-least', 'people'),
        C('arrested four suspected al-Shabab collaborators', 'detained', 4, 'exact', 'people'),
    ],
    sources=[
        S('officials', 'official'),
        S('residents', 'witness'),
        S('a local commander', 'anonymous'),
        S('Gedo’s regional governor, Abdirahman Isaq Gure', 'official', form='title-name'),
        S('al-Shabab', 'military', nth=2),
        S('The federal defence ministry', 'military'),
        S('Residents', 'witness'),
        S('Halima Abdullahi', 'witness', form='name'),
        S('Dr Fartun Osman', 'official', form='title-name'),
        S('The Norwegian Refugee Council (NRC)', 'ngo'),
        S('Jubaland’s security minister, Abdi Nuur Hirsi', 'official', form='title-name'),
        S('The BBC’s Somali service correspondent in Mogadishu', 'media'),
    ],
    numbers=[
        N('dozens of fighters', 'count-people'),
        N('about five hours', 'duration'),
        N('about 80km', 'distance'),
        N('50 miles', 'distance'),
        N('a mother of four', 'count-people'),
        N('two-year-old', 'duration'),
        N('more than 15 years', 'duration'),
        N('some 11,000 troops', 'count-people'),
    ])

# mm07: killings of villagers in a military operation in Intan Jaya, Central Papua, Indonesia (a rights group's statement)
A['mm07.txt'] = dict(
    casualty=[
        C('the killing of at least seven civilians', 'killed', 7, 'at-least', 'civilians', id='tot',
          tags='contradicted'),
        C('two teenage boys', 'killed', 2, 'exact', 'children', sub='tot'),
        C('shot dead two soldiers', 'killed', 2, 'exact', 'soldiers'),
        C('killing four men', 'killed', 4, 'exact', 'men', sub='tot'),
        C('The bodies of three more villagers', 'killed', 3, 'exact', 'civilians', id='three', sub='tot'),
        C('the two boys', 'killed', 2, 'exact', 'children', sub='three', tags='repeat'),
        C('killed five TPNPB members', 'killed', 5, 'exact', 'fighters', tags='contradicted'),
        C('detained 12 villagers', 'detained', 12, 'exact', 'civilians'),
        C('the detention of at least eight people', 'detained', 8, 'at-least', 'people', id='pr',
          tags='contradicted'),
        C('three of whom', 'detained', 3, 'exact', 'people', sub='pr'),
        C('More than 1,800 people', 'displaced', 1800, 'at-least', 'people'),
        C('At least two displaced people', 'killed', 2, 'at-least', 'people'),
        C('the killings of at least 48 civilians', 'killed', 48, 'at-least', 'civilians'),
    ],
    sources=[
        S('the Papua Rights Advocacy Centre (PRAC)', 'ngo'),
        S('Witnesses', 'witness'),
        S('a woman from Titigi', 'anonymous'),
        S('the local Catholic parish', 'other'),
        S('Relatives', 'witness'),
        S('The Indonesian military (TNI)', 'military'),
        S('A spokesman for the Cenderawasih military command, Lt. Col. Agus Wiratmaja', 'military',
          form='title-name'),
        S('The TPNPB', 'military'),
        S('PRAC', 'ngo', nth=3),
        S('local church workers', 'other', form='collective'),
        S('Indonesia’s National Commission on Human Rights (Komnas HAM)', 'official'),
        S('PRAC', 'ngo', nth=4),
        S('PRAC’s director, Yohana Kogoya', 'ngo', form='title-name'),
    ],
    numbers=[
        N('11 February 2025', 'date'),
        N('2 February', 'date'),
        N('4 February', 'date'),
        N('at least 15 houses', 'count-objects'),
        N('seven in the morning', 'time'),
        N('aged 14 and 16', 'age'),
        N('6 February', 'date'),
        N('two days', 'duration'),
        N('7 February', 'date'),
        N('8 February', 'date'),
        N('four investigators', 'count-people'),
        N('about 135,000 people', 'population'),
        N('one', 'other'),
        N('2019', 'year'),
        N('January 2020', 'date'),
    ])

# mm08: security forces firing on a protest of displaced people in Adigrat, eastern Tigray, Ethiopia
# (a British newspaper's own correspondent, headline and standfirst)
A['mm08.txt'] = dict(
    casualty=[
        C('killing at least nine people', 'killed', 9, 'at-least', 'people'),
        C('wounding dozens more', 'injured', None, 'vague', 'people'),
        C('the bodies of seven men', 'killed', 7, 'exact', 'men'),
        C('46 people for gunshot wounds', 'injured', 46, 'exact', 'people', id='inj'),
        C('12 of whom', 'injured', 12, 'exact', 'people', sub='inj'),
        C('Two more of the wounded died', 'killed', 2, 'exact', 'people', sub='inj'),
        C('the toll to 10', 'killed', 10, 'exact', 'people', tags='update'),
        C('wounding six officers', 'injured', 6, 'exact', 'soldiers'),
        C('the number of dead at four', 'killed', 4, 'exact', 'people', tags='contradicted'),
        C('37 people had been arrested', 'detained', 37, 'exact', 'people'),
        C('Some 1 million people remain displaced', 'displaced', 1000000, 'approx', 'people', id='disp'),
        C('tens of thousands', 'displaced', None, 'vague', 'people', sub='disp'),
        C('killed hundreds of thousands of people', 'killed', None, 'vague', 'people'),
    ],
    sources=[
        S('Witnesses', 'witness'),
        S('doctors', 'anonymous', form='collective'),
        S('witnesses', 'witness'),
        S('A doctor at Adigrat General Hospital', 'anonymous'),
        S('hospital staff', 'anonymous', form='collective'),
        S('The Tigray Interim Administration', 'official'),
        S('Gebremedhin Hailu', 'witness', form='name'),
        S('the regional Disaster Risk Management Commission', 'official'),
        S('academic researchers', 'other', form='collective'),
        S('The African Union', 'ngo'),
    ],
    numbers=[
        N('thousands', 'count-people'),
        N('Several thousand people', 'count-people'),
        N('more than four years', 'duration'),
        N('15', 'age'),
        N('52-year-old', 'age'),
        N('2020', 'year'),
        N('two years', 'duration'),
        N('November 2022', 'date'),
        N('less than 20km', 'distance'),
        N('about 100,000 people', 'population'),
        N('some 900km', 'distance'),
    ])


if __name__ == '__main__':
    main(HERE, A, STATS_EXTRA_OUTCOME_WORDS, STATS_EXTRA_GROUP_NOUNS)
