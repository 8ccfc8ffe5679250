/**
 * Common given names, for @sys.given-name. A fixed list (English-speaking countries first, then frequent names
 * elsewhere); agents that need more names define an entity of their own.
 */
export const GIVEN_NAMES: readonly string[] = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Christopher', 'Daniel',
  'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kenneth', 'Kevin', 'Brian', 'George',
  'Timothy', 'Ronald', 'Edward', 'Jason', 'Jeffrey', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen',
  'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Alexander', 'Frank', 'Patrick', 'Raymond', 'Jack',
  'Dennis', 'Jerry', 'Tyler', 'Aaron', 'Jose', 'Adam', 'Nathan', 'Henry', 'Douglas', 'Zachary', 'Peter', 'Kyle',
  'Noah', 'Ethan', 'Jeremy', 'Walter', 'Christian', 'Keith', 'Roger', 'Terry', 'Austin', 'Sean', 'Gerald', 'Carl',
  'Harold', 'Dylan', 'Arthur', 'Lawrence', 'Jordan', 'Jesse', 'Bryan', 'Billy', 'Bruce', 'Gabriel', 'Joe', 'Logan',
  'Alan', 'Juan', 'Albert', 'Willie', 'Elijah', 'Wayne', 'Randy', 'Vincent', 'Mason', 'Roy', 'Ralph', 'Bobby',
  'Russell', 'Bradley', 'Philip', 'Eugene', 'Liam', 'Oliver', 'Lucas', 'Leo', 'Max', 'Oscar', 'Hugo', 'Louis',
  'Tom', 'Tim', 'Bob', 'Mike', 'Dave', 'Steve', 'Chris', 'Alex', 'Sam', 'Ben', 'Dan', 'Nick',
  'Matt', 'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Lisa',
  'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Carol', 'Amanda', 'Melissa',
  'Deborah', 'Stephanie', 'Dorothy', 'Rebecca', 'Sharon', 'Laura', 'Cynthia', 'Amy', 'Kathleen', 'Angela', 'Shirley', 'Brenda',
  'Emma', 'Anna', 'Pamela', 'Nicole', 'Samantha', 'Katherine', 'Christine', 'Helen', 'Debra', 'Rachel', 'Carolyn', 'Janet',
  'Maria', 'Catherine', 'Heather', 'Diane', 'Olivia', 'Julie', 'Joyce', 'Victoria', 'Ruth', 'Virginia', 'Lauren', 'Kelly',
  'Christina', 'Joan', 'Evelyn', 'Judith', 'Andrea', 'Hannah', 'Megan', 'Cheryl', 'Jacqueline', 'Martha', 'Madison', 'Teresa',
  'Gloria', 'Sara', 'Janice', 'Ann', 'Kathryn', 'Abigail', 'Sophia', 'Frances', 'Jean', 'Alice', 'Judy', 'Isabella',
  'Julia', 'Grace', 'Amber', 'Denise', 'Danielle', 'Marilyn', 'Beverly', 'Charlotte', 'Natalie', 'Theresa', 'Diana', 'Brittany',
  'Doris', 'Kayla', 'Alexis', 'Lori', 'Marie', 'Mia', 'Ava', 'Chloe', 'Ella', 'Lily', 'Zoe', 'Sophie',
  'Lucy', 'Ellie', 'Kate', 'Jane', 'Anne', 'Eva', 'Nora', 'Clara', 'Maya', 'Ruby', 'Alison', 'Claire',
  'Jenny', 'Kim', 'Sue', 'Liz', 'Meg', 'Mohammed', 'Ahmed', 'Ali', 'Omar', 'Fatima', 'Aisha', 'Wei',
  'Li', 'Yuki', 'Hiroshi', 'Priya', 'Raj', 'Carlos', 'Luis', 'Miguel', 'Pedro', 'Diego', 'Sofia', 'Lucia',
  'Elena', 'Marco', 'Luca', 'Giulia', 'Pierre', 'Jean-Pierre', 'Marie-Claire', 'Hans', 'Klaus', 'Anna-Lena', 'Ingrid', 'Sven',
  'Olga', 'Ivan', 'Dmitri', 'Natasha',
];
