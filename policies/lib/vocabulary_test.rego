package nianbao.lib.vocabulary_test

import data.nianbao.lib.vocabulary

test_each_aspect_is_named_and_has_words if {
	count(vocabulary.overview_aspects) == 5
	every a in vocabulary.overview_aspects {
		a.name.zh != ""
		a.name.en != ""
		count(a.words) > 0
		is_array(a.not)
	}
}

# A phrase removed from the text holds a word of its aspect: otherwise
# removing it would change nothing.
test_each_phrase_left_out_holds_a_word_of_its_aspect if {
	every a in vocabulary.overview_aspects {
		every p in a.not {
			some w in a.words
			contains(p, w)
		}
	}
}

test_the_fee_vocabulary_is_complete if {
	every k in ["ignore", "fee", "disclosure", "charge", "said"] {
		count(vocabulary.fee_statement[k]) > 0
	}
	regex.match(vocabulary.fee_statement.amount, "收取信息处理费0元")
	regex.match(vocabulary.fee_statement.amount, "信息处理费收取情况：无")
	not regex.match(vocabulary.fee_statement.amount, "信息处理费收取情况")
	not regex.match(vocabulary.fee_statement.amount, "无收取信息处理费的情况")
}
