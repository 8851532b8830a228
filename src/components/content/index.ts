import Takeaway from './Takeaway.astro';
import Aside from './Aside.astro';
import Equation from './Equation.astro';
import Question from './Question.astro';
import Answer from './Answer.astro';
import Notation from './Notation.astro';
import Figure from '../figure/Figure.astro';

/** The MDX component kit, passed to every chapter so MDX files need no imports. */
export const contentComponents = { Takeaway, Aside, Equation, Question, Answer, Figure, Notation };
